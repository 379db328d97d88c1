package org.dunwell.collections.api;

import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event on a customer's timeline: a document (type = its kind), an activity (ACTIVITY, or
 * LETTER for letters) or a note; {@code at} is null for documents, which carry a date only.
 */
@Schema(description = "One event on a customer's timeline: a document (type = its kind), an activity (ACTIVITY, or LETTER for letters) or a note; at is null for documents, which carry a date only.")
public record TimelineEntry(String type, LocalDate date, Instant at, String reference, String summary, Money amount,
                            String actor) {
}
