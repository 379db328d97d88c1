package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;

/** A customer's master data as the import compares it. */
public record StoredCustomer(long id, String account, String name, String currency, String language, String group,
                             String region, Integer paymentTermsDays, BigDecimal creditLimit, String email,
                             String phone, String responsible, long version) {
}
