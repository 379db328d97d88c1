package org.dunwell.ledger.domain.imports;

import java.util.Arrays;
import java.util.Locale;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.domain.customer.MasterData;

/**
 * A checked contacts row: the key (company, account, name), the purpose and the values given (null where
 * not given; {@code primary} null when the column is empty or absent).
 */
public record ContactRow(long line, String company, String account, String name, ContactPurpose purpose,
                         Boolean primary, String role, String email, String phone, String language) {

    public static ContactRow parse(RawRow row, String defaultCompany) throws RowRejected {
        String account = Fields.account(Fields.required(row, "account"));
        String given = Fields.required(row, "name");
        String name = Fields.check(() -> MasterData.name("name", given));
        String purposeText = Fields.required(row, "purpose");
        ContactPurpose purpose = ContactPurpose.of(purposeText).orElse(null);
        if (purpose == null) {
            String shown = Fields.check(() -> MasterData.text("purpose", purposeText, 40));
            throw new RowRejected("purpose", "purpose '" + shown + "' must be one of "
                    + Arrays.toString(ContactPurpose.values()));
        }
        Boolean primary = null;
        if (row.get("primary").isPresent()) {
            String value = row.get("primary").get().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw new RowRejected("primary", "primary must be true or false, got '"
                        + Fields.check(() -> MasterData.text("primary", row.get("primary").get(), 40)) + "'");
            }
            primary = Boolean.valueOf(value);
        }
        return new ContactRow(row.line(), Fields.company(row, defaultCompany), account, name, purpose, primary,
                Fields.check(() -> MasterData.text("role", row.get("role").orElse(null), MasterData.ROLE_LENGTH)),
                Fields.check(() -> MasterData.email("email", row.get("email").orElse(null))),
                Fields.check(() -> MasterData.text("phone", row.get("phone").orElse(null), MasterData.PHONE_LENGTH)),
                Fields.check(() -> MasterData.language("language", row.get("language").orElse(null))));
    }
}
