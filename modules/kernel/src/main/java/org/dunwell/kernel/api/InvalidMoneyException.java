package org.dunwell.kernel.api;

/** An amount or currency that money cannot be made of (too many decimals, unknown code). */
public class InvalidMoneyException extends InvalidInputException {

    public InvalidMoneyException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "invalid-money";
    }
}
