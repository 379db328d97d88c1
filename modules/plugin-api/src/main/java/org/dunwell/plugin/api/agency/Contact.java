package org.dunwell.plugin.api.agency;

import java.util.Objects;

/** A person at the debtor to contact. */
public record Contact(String name, String role, String email, String phone) {

    public Contact {
        Objects.requireNonNull(name, "name");
    }
}
