package org.dunwell.collections.domain.cases;

/** Which of a company's cases a list holds (null: any); {@code account}: cases with a transaction of it. */
public record CaseFilter(String company, String status, String owner, String account) {
}
