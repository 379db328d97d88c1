package org.dunwell.collections.domain.pool;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a pool condition can name. Master-data fields are columns of the customer; figure
 * fields are computed as of the day the pool is used (aging, credit standing).
 */
public enum PoolField {
    REGION("region", Kind.TEXT, true),
    GROUP("group", Kind.TEXT, true),
    CURRENCY("currency", Kind.TEXT, true),
    RESPONSIBLE("responsible", Kind.TEXT, true),
    BALANCE("balance", Kind.AMOUNT, false),
    OLDEST_OVERDUE_DAYS("oldestOverdueDays", Kind.COUNT, false),
    BUCKET("bucket:", Kind.AMOUNT, false),
    RISK_GROUP("riskGroup", Kind.TEXT, false),
    CREDIT_HOLD("creditHold", Kind.FLAG, false),
    OVER_LIMIT("overLimit", Kind.FLAG, false);

    /** The type of a field's values, which decides its operators. */
    public enum Kind {
        TEXT(EnumSet.of(PoolOperator.EQ, PoolOperator.IN)),
        AMOUNT(EnumSet.of(PoolOperator.EQ, PoolOperator.GT, PoolOperator.GE, PoolOperator.LT, PoolOperator.LE)),
        COUNT(EnumSet.of(PoolOperator.EQ, PoolOperator.GT, PoolOperator.GE, PoolOperator.LT, PoolOperator.LE)),
        FLAG(EnumSet.of(PoolOperator.EQ));

        private final Set<PoolOperator> operators;

        Kind(Set<PoolOperator> operators) {
            this.operators = operators;
        }

        public Set<PoolOperator> operators() {
            return operators;
        }
    }

    private final String name;
    private final Kind kind;
    private final boolean masterData;

    PoolField(String name, Kind kind, boolean masterData) {
        this.name = name;
        this.kind = kind;
        this.masterData = masterData;
    }

    public String fieldName() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean masterData() {
        return masterData;
    }

    /** The field a name denotes ({@code bucket:<name>} is the bucket field), or null. */
    public static PoolField named(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith(BUCKET.name) && field.length() > BUCKET.name.length()) {
            return BUCKET;
        }
        for (PoolField candidate : values()) {
            if (candidate != BUCKET && candidate.name.equals(field)) {
                return candidate;
            }
        }
        for (PoolField candidate : values()) {
            if (candidate != BUCKET && candidate.name.toLowerCase(Locale.ROOT).equals(field.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return null;
    }

    /** Every field name, for error messages. */
    public static String names() {
        StringBuilder out = new StringBuilder();
        for (PoolField f : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(f == BUCKET ? "bucket:<name>" : f.name);
        }
        return out.toString();
    }
}
