package org.dunwell.collections.domain.dispute;

import org.dunwell.collections.api.DisputeStatus;

/** Which of a company's disputes a list holds (null: any). */
public record DisputeFilter(String company, String account, String document, DisputeStatus status,
                            String investigator) {
}
