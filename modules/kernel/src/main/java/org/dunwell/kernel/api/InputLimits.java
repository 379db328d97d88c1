package org.dunwell.kernel.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What the API takes (api-contract.md, "Limits on input"), checked at the edge by JSON and CSV alike:
 * amounts of at most 15 digits before the decimal point, days from 1900-01-01 to 2999-12-31, keys of
 * 1 to 64 characters without {@code /} or control characters, texts without control characters. Each
 * check names the field (a JSON member, a parameter, a CSV column) in the 400 it throws.
 */
public final class InputLimits {

    /** The longest key (account, document, code, pool name) the contract allows. */
    public static final int KEY_MAX_LENGTH = 64;
    /** Digits before the decimal point of any amount. */
    public static final int AMOUNT_INTEGER_DIGITS = 15;
    /** Digits after the decimal point of any amount (the most any ISO 4217 currency has). */
    public static final int AMOUNT_DECIMALS = 4;
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private InputLimits() {
    }

    /** A decimal amount given as text ({@code "1234.50"}), within the limits; null stays null. */
    public static BigDecimal amount(String field, String text) {
        return decimal(field, text, AMOUNT_INTEGER_DIGITS, AMOUNT_DECIMALS);
    }

    /** An amount within the limits: at most 15 digits before the point and 4 after; null stays null. */
    public static BigDecimal amount(String field, BigDecimal value) {
        return decimal(field, value, AMOUNT_INTEGER_DIGITS, AMOUNT_DECIMALS);
    }

    /** A decimal number given as text, with at most so many digits before and after the point; null stays null. */
    public static BigDecimal decimal(String field, String text, int integerDigits, int decimals) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw InvalidInputException.ofField(field, "'" + shown(text) + "' is not a decimal number such as"
                    + " \"1234.50\"");
        }
        return decimal(field, new BigDecimal(trimmed), integerDigits, decimals);
    }

    /** A decimal number with at most so many digits before and after the point; null stays null. */
    public static BigDecimal decimal(String field, BigDecimal value, int integerDigits, int decimals) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > integerDigits) {
            throw InvalidInputException.ofField(field, "has more than " + integerDigits
                    + " digits before the decimal point");
        }
        if (stripped.scale() > decimals) {
            throw InvalidInputException.ofField(field, "has more than " + decimals + " decimals");
        }
        return value;
    }

    /** A day given as text (YYYY-MM-DD) within 1900-01-01 to 2999-12-31; null or blank is null. */
    public static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        LocalDate day;
        try {
            day = DAY.matcher(trimmed).matches() ? LocalDate.parse(trimmed) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            throw InvalidInputException.ofField(field, "'" + shown(text) + "' is not a date (YYYY-MM-DD)");
        }
        return day(field, day);
    }

    /** A day within 1900-01-01 to 2999-12-31; null stays null. */
    public static LocalDate day(String field, LocalDate day) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            throw InvalidInputException.ofField(field, "must be from " + FIRST_DAY + " to " + LAST_DAY);
        }
        return day;
    }

    /**
     * A key, trimmed: 1 to {@code maxLength} (at most 64) characters, no {@code /}, no control character,
     * and not {@code .} or {@code ..} (which no address can name).
     */
    public static String key(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.ofField(field, "must not be empty");
        }
        // strip(), not trim(): trim() would quietly drop control characters at either end
        String trimmed = text.strip();
        int max = Math.min(maxLength, KEY_MAX_LENGTH);
        if (trimmed.length() > max) {
            throw InvalidInputException.ofField(field, "must be at most " + max + " characters");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '/' || Character.isISOControl(c)) {
                throw InvalidInputException.ofField(field, "must not hold '/' or control characters");
            }
        }
        if (".".equals(trimmed) || "..".equals(trimmed)) {
            throw InvalidInputException.ofField(field, "must not be '.' or '..'");
        }
        return trimmed;
    }

    /** The longest reason a change is given (why a limit, a hold, a pool, a restriction changed). */
    public static final int REASON_MAX_LENGTH = 500;

    /** A reason: required, at most {@link #REASON_MAX_LENGTH} characters; stripped. */
    public static String reason(String field, String text) {
        if (text == null || text.isBlank() || text.length() > REASON_MAX_LENGTH) {
            throw InvalidInputException.ofField(field, "is required, at most " + REASON_MAX_LENGTH + " characters");
        }
        // no control characters: PostgreSQL refuses a NUL in text, and no reason needs one
        return text(field, text.strip(), REASON_MAX_LENGTH);
    }

    /** A text of at most {@code maxLength} characters, without control characters but tab and line breaks. */
    public static String text(String field, String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            throw InvalidInputException.ofField(field, "must be at most " + maxLength + " characters");
        }
        int bad = firstControl(text);
        if (bad >= 0) {
            throw InvalidInputException.ofField(field, "must not hold control characters (U+"
                    + String.format("%04X", (int) text.charAt(bad)) + " at " + bad + ")");
        }
        return text;
    }

    /** The index of the first control character other than tab, line feed and carriage return; -1 if none. */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** A value as an error message may quote it: short, control characters shown as '?'. */
    private static String shown(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder out = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
