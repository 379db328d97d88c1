package org.dunwell.ai.domain;

/** A text written for a customer: a subject (null for a summary) and a body. */
public record WrittenText(String subject, String body) {
}
