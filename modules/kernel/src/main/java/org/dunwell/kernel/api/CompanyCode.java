package org.dunwell.kernel.api;

/** The key of a legal entity (company), e.g. DW01. */
public record CompanyCode(String value) implements Comparable<CompanyCode> {

    public static final int MAX_LENGTH = InputLimits.KEY_MAX_LENGTH;

    public CompanyCode {
        value = Identifiers.requireKey("company", value, MAX_LENGTH);
    }

    public static CompanyCode of(String value) {
        return new CompanyCode(value);
    }

    @Override
    public int compareTo(CompanyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
