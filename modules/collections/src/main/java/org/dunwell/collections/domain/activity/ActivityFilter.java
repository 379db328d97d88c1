package org.dunwell.collections.domain.activity;

/** Which of a company's activities a list holds (null: any); ends first unless newest first. */
public record ActivityFilter(String company, String responsible, String status, String account, Long caseId,
                             boolean newestFirst) {
}
