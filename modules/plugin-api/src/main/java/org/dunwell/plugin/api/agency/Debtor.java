package org.dunwell.plugin.api.agency;

import java.util.List;
import java.util.Objects;

/** The debtor as the agency needs it: the host's account, name, registration number, country and address. */
public record Debtor(String account, String name, String registrationNumber, String country, List<String> addressLines) {

    public Debtor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}
