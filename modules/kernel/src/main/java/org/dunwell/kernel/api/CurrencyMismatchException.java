package org.dunwell.kernel.api;

import java.util.Currency;

/** Two amounts of different currencies were combined or compared. */
public class CurrencyMismatchException extends InvalidInputException {

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
    }

    @Override
    public String problemType() {
        return "currency-mismatch";
    }
}
