package org.dunwell.kernel.api;

/** The key of a customer account within a company, e.g. C00042. */
public record AccountNumber(String value) implements Comparable<AccountNumber> {

    public static final int MAX_LENGTH = InputLimits.KEY_MAX_LENGTH;

    public AccountNumber {
        value = Identifiers.requireKey("account", value, MAX_LENGTH);
    }

    public static AccountNumber of(String value) {
        return new AccountNumber(value);
    }

    @Override
    public int compareTo(AccountNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
