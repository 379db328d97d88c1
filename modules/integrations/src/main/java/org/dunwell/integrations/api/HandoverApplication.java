package org.dunwell.integrations.api;

/** What a user asks: hand this collection case over to the company's agency, and why. */
public record HandoverApplication(Long caseId, String reason) {
}
