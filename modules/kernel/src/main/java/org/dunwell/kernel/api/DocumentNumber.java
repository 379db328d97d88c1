package org.dunwell.kernel.api;

/** The key of an invoice, credit note, payment or fee within a company, e.g. INV-2026-0001. */
public record DocumentNumber(String value) implements Comparable<DocumentNumber> {

    public static final int MAX_LENGTH = InputLimits.KEY_MAX_LENGTH;

    public DocumentNumber {
        value = Identifiers.requireKey("document", value, MAX_LENGTH);
    }

    public static DocumentNumber of(String value) {
        return new DocumentNumber(value);
    }

    @Override
    public int compareTo(DocumentNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
