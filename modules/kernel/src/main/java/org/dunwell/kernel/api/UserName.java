package org.dunwell.kernel.api;

/** Who did something: the authenticated principal's name, or a system actor such as {@code system:dunning}. */
public record UserName(String value) {

    public static final int MAX_LENGTH = 100;
    public static final UserName SYSTEM = new UserName("system");

    public UserName {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.ofField("user", "must not be empty");
        }
        value = value.trim();
        if (value.length() > MAX_LENGTH) {
            throw InvalidInputException.ofField("user", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.ofField("user", "must not hold control characters");
        }
    }

    public static UserName of(String value) {
        return new UserName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
