package org.dunwell.collections.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case category: its code, what it means, and whether the invoices of its open cases stay out of letters. */
@Schema(description = "A case category; excludesDunning keeps the invoices of its open cases out of collection"
        + " letters.")
public record CaseCategoryView(String code, String description, boolean excludesDunning, long version) {
}
