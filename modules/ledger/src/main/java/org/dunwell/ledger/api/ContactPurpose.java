package org.dunwell.ledger.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a customer's contact is for: letters and reminders go to a COLLECTIONS contact. */
@Schema(description = "What a customer's contact is for: letters and reminders go to a COLLECTIONS contact.")
public enum ContactPurpose {
    COLLECTIONS, BILLING, CREDIT, OTHER;

    /** The purpose a text names (case-insensitive), if it names one. */
    public static Optional<ContactPurpose> of(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }
}
