package org.dunwell.integrations.api;

import java.util.List;

/** What a user asks: tell the insurer of these overdue invoices of the customer, or claim them, and why. */
public record ClaimApplication(String account, List<String> invoices, String reason) {
}
