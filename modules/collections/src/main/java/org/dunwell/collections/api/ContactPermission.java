package org.dunwell.collections.api;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a sender (letters, reminder drafts, automation) may do with a customer on a day: {@code mayContact} is
 * false while it is marked do not contact, in hardship or paused (the restrictions say which); the invoices in
 * {@code pausedDocuments} are left out of whatever is sent.
 */
@Schema(description = "What a sender may do with a customer on a day: mayContact false while it is marked do not"
        + " contact, in hardship or paused; pausedDocuments are left out of whatever is sent.")
public record ContactPermission(String account, boolean mayContact, List<RestrictionView> restrictions,
                                Set<String> pausedDocuments) {
}
