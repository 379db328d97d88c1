package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Customer fields as a caller gives them. On creation {@code name} and {@code currency} are
 * required; on update only the non-null fields change ({@code contacts}, when given,
 * replace the list). {@code creditLimit} is used only on creation.
 */
public record CustomerDraft(String name, String currency, String language, String group, String region,
                            Integer paymentTermsDays, BigDecimal creditLimit, String email, String phone,
                            String responsibleEmployee, List<ContactView> contacts) {
}
