package org.dunwell.ledger.domain.customer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * The checks of a customer's master data, made alike whether a value comes from the ERP's CSV file or
 * from the API: each returns the value as it is kept (trimmed; null for nothing given) or refuses it
 * naming the field it was given as.
 */
public final class MasterData {

    public static final int NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 200;
    public static final int PHONE_LENGTH = 50;
    public static final int ROLE_LENGTH = 60;
    public static final int USER_LENGTH = 100;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private MasterData() {
    }

    /** A name: required, at most 200 characters, no control characters. */
    public static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.ofField(field, "is required");
        }
        return InputLimits.text(field, value.strip(), NAME_LENGTH);
    }

    /** A language code such as en, de or fr-CA (at most 10 characters). */
    public static String language(String field, String value) {
        String given = given(value);
        if (given != null && (given.length() > 10 || !LANGUAGE.matcher(given).matches())) {
            throw InvalidInputException.ofField(field, "'" + InputLimits.text(field, given, 40)
                    + "' is not a language code such as en, de or fr-CA");
        }
        return given == null ? null : given.toLowerCase(Locale.ROOT);
    }

    /** A code of master data (group, region): a key of at most 64 characters. */
    public static String code(String field, String value) {
        String given = given(value);
        return given == null ? null : InputLimits.key(field, given, InputLimits.KEY_MAX_LENGTH);
    }

    /** An e-mail address (at most 200 characters). */
    public static String email(String field, String value) {
        String given = given(value);
        if (given != null && (given.length() > EMAIL_LENGTH || !EMAIL.matcher(given).matches())) {
            throw InvalidInputException.ofField(field, "is not an e-mail address of at most " + EMAIL_LENGTH
                    + " characters");
        }
        return given;
    }

    /** A phone number or any short text: at most {@code length} characters, no control characters. */
    public static String text(String field, String value, int length) {
        String given = given(value);
        return given == null ? null : InputLimits.text(field, given, length);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
