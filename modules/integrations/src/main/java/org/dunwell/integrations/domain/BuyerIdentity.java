package org.dunwell.integrations.domain;

import java.util.Locale;
import java.util.Optional;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * How a bureau or insurer finds the customer: its registration number (optional) and country (ISO 3166-1 alpha-2).
 * What the user leaves out is taken from the customer's last report or request; the country is required the first
 * time.
 */
public record BuyerIdentity(String registrationNumber, String country) {

    /**
     * @param what what is asked for, for the message when the country is missing ("report", "cover request")
     * @param last the identity the customer's last report or request used, if any
     */
    public static BuyerIdentity of(String registrationNumber, String country, String what,
                                   Optional<BuyerIdentity> last) {
        String registration = blankToNull(registrationNumber);
        if (registration == null) {
            registration = last.map(BuyerIdentity::registrationNumber).orElse(null);
        }
        if (registration != null && registration.length() > InputLimits.KEY_MAX_LENGTH) {
            throw InvalidInputException.ofField("registrationNumber", "is longer than " + InputLimits.KEY_MAX_LENGTH
                    + " characters");
        }
        String code = blankToNull(country);
        if (code == null) {
            code = last.map(BuyerIdentity::country).orElseThrow(() -> InvalidInputException.ofField("country",
                    "is required for the customer's first " + what + " (ISO 3166-1 alpha-2, e.g. DE)"));
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw InvalidInputException.ofField("country", "is not an ISO 3166-1 alpha-2 code: " + country);
        }
        return new BuyerIdentity(registration, code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
