package org.dunwell.collections.domain.pool;

/** The comparisons a pool condition can make. */
public enum PoolOperator {
    EQ("="),
    IN("in"),
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<=");

    private final String symbol;

    PoolOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator a symbol (or its name, any case) denotes, or null. */
    public static PoolOperator of(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.trim();
        for (PoolOperator operator : values()) {
            if (operator.symbol.equalsIgnoreCase(wanted) || operator.name().equalsIgnoreCase(wanted)) {
                return operator;
            }
        }
        return null;
    }

    /** Whether {@code comparison} (actual compared to wanted: negative, 0, positive) satisfies it. */
    public boolean holds(int comparison) {
        return switch (this) {
            case EQ, IN -> comparison == 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
        };
    }
}
