package org.dunwell.collections.domain.writeoff;

import org.dunwell.collections.api.WriteOffStatus;

/** Which of a company's write-off requests a list holds (null: any). */
public record WriteOffFilter(String company, String account, WriteOffStatus status) {
}
