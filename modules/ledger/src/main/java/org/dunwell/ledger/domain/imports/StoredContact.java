package org.dunwell.ledger.domain.imports;

import org.dunwell.ledger.api.ContactPurpose;

/** A customer's contact as the import compares it; {@code id} 0 for one this import adds. */
public record StoredContact(long id, long customerId, int position, String name, ContactPurpose purpose,
                            boolean primary, String role, String email, String phone, String language) {

    /** This contact with the row's given values (a value not given stays). */
    public StoredContact with(ContactRow row, boolean primary) {
        return new StoredContact(id, customerId, position, name, row.purpose(), primary, or(row.role(), role),
                or(row.email(), email), or(row.phone(), phone), or(row.language(), language));
    }

    public StoredContact withPrimary(boolean primary) {
        return new StoredContact(id, customerId, position, name, purpose, primary, role, email, phone, language);
    }

    public StoredContact withId(long id) {
        return new StoredContact(id, customerId, position, name, purpose, primary, role, email, phone, language);
    }

    private static String or(String given, String stored) {
        return given != null ? given : stored;
    }
}
