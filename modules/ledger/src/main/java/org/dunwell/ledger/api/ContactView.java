package org.dunwell.ledger.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person at the customer; the collections contact is the one agents call first. */
@Schema(description = "A person at the customer; the collections contact is the one agents call first.")
public record ContactView(String name, String role, String email, String phone, boolean collectionsContact) {
}
