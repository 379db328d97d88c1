package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.util.Currency;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.domain.customer.MasterData;

/** A checked customer row: the key and the values given (null where not given). */
public record CustomerRow(long line, String company, String account, String name, Currency currency,
                          String language, String group, String region, Integer paymentTermsDays, Money creditLimit,
                          String email, String phone, String responsible) {

    /** True if another row (of the same file) has exactly these values, whatever its line. */
    public boolean sameValuesAs(CustomerRow other) {
        return equals(new CustomerRow(line, other.company, other.account, other.name, other.currency, other.language,
                other.group, other.region, other.paymentTermsDays, other.creditLimit, other.email, other.phone,
                other.responsible));
    }

    public static CustomerRow parse(RawRow row, String defaultCompany) throws RowRejected {
        Currency currency = Fields.currency(Fields.required(row, "currency"));
        String given = Fields.required(row, "name");
        String name = Fields.check(() -> MasterData.name("name", given));
        String language = Fields.check(() -> MasterData.language("language", row.get("language").orElse(null)));
        String email = Fields.check(() -> MasterData.email("email", row.get("email").orElse(null)));
        Integer terms = null;
        if (row.get("payment_terms_days").isPresent()) {
            String value = row.get("payment_terms_days").get();
            if (!value.matches("\\d{1,4}") || Integer.parseInt(value) > 3650) {
                throw new RowRejected("payment_terms_days", "payment_terms_days '" + value
                        + "' must be a whole number of days, 0 to 3650");
            }
            terms = Integer.parseInt(value);
        }
        Money limit = null;
        if (row.get("credit_limit").isPresent()) {
            BigDecimal value = Fields.decimal("credit_limit", row.get("credit_limit").get());
            if (value.signum() < 0) {
                throw new RowRejected("credit_limit", "credit_limit must not be negative");
            }
            limit = Fields.money("credit_limit", value, currency);
        }
        return new CustomerRow(row.line(), Fields.company(row, defaultCompany),
                Fields.account(Fields.required(row, "account")), name, currency, language,
                Fields.check(() -> MasterData.code("group", row.get("group").orElse(null))),
                Fields.check(() -> MasterData.code("region", row.get("region").orElse(null))), terms, limit, email,
                Fields.check(() -> MasterData.text("phone", row.get("phone").orElse(null), MasterData.PHONE_LENGTH)),
                Fields.check(() -> MasterData.text("responsible", row.get("responsible").orElse(null),
                        MasterData.USER_LENGTH)));
    }
}
