package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;
import org.dunwell.kernel.api.Money;

/** A checked customer row: the key and the values given (null where not given). */
public record CustomerRow(long line, String company, String account, String name, Currency currency,
                          String language, String group, String region, Integer paymentTermsDays, Money creditLimit,
                          String email, String phone) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/-]*");

    /** True if another row (of the same file) has exactly these values, whatever its line. */
    public boolean sameValuesAs(CustomerRow other) {
        return equals(new CustomerRow(line, other.company, other.account, other.name, other.currency, other.language,
                other.group, other.region, other.paymentTermsDays, other.creditLimit, other.email, other.phone));
    }

    public static CustomerRow parse(RawRow row, String defaultCompany) throws RowRejected {
        Currency currency = Fields.currency(Fields.required(row, "currency"));
        Fields.required(row, "name");
        String name = Fields.text(row, "name", 200);
        String language = Fields.text(row, "language", 10);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new RowRejected("language", "language '" + language + "' is not a language code such as en, de or"
                    + " fr-CA");
        }
        String email = Fields.text(row, "email", 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RowRejected("email", "email '" + email + "' is not an e-mail address");
        }
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
                Fields.account(Fields.required(row, "account")), name, currency,
                language == null ? null : language.toLowerCase(java.util.Locale.ROOT),
                code(row, "group"), code(row, "region"), terms, limit, email, Fields.text(row, "phone", 50));
    }

    private static String code(RawRow row, String column) throws RowRejected {
        String value = Fields.text(row, column, 40);
        if (value != null && !CODE.matcher(value).matches()) {
            throw new RowRejected(column, column + " '" + value + "' may hold letters, digits, spaces and . _ / -");
        }
        return value;
    }
}
