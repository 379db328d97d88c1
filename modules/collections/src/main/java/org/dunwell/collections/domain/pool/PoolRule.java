package org.dunwell.collections.domain.pool;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * A validated pool condition: its field, operator and typed value(s), and the test of a
 * customer's figures against it.
 */
public record PoolRule(PoolField field, String bucket, PoolOperator operator, List<String> values) {

    /**
     * Validates a condition as saved: a known field, an operator its kind allows, a value of its
     * type; a bucket named among {@code bucketNames}. Errors name the condition's position.
     */
    public static PoolRule of(PoolCondition condition, int index, Set<String> bucketNames) {
        String at = "conditions[" + index + "]";
        if (condition == null) {
            throw InvalidInputException.ofField(at, "is empty");
        }
        PoolField field = PoolField.named(condition.field() == null ? null : condition.field().trim());
        if (field == null) {
            throw InvalidInputException.ofField(at + ".field", "unknown field '" + condition.field()
                    + "'; one of " + PoolField.names());
        }
        String bucket = null;
        if (field == PoolField.BUCKET) {
            bucket = condition.field().trim().substring(PoolField.BUCKET.fieldName().length());
            if (!bucketNames.contains(bucket)) {
                throw InvalidInputException.ofField(at + ".field", "unknown bucket '" + bucket + "'; one of "
                        + bucketNames);
            }
        }
        PoolOperator operator = PoolOperator.of(condition.operator());
        if (operator == null || !field.kind().operators().contains(operator)) {
            throw InvalidInputException.ofField(at + ".operator", "operator '" + condition.operator()
                    + "' does not apply to " + field.fieldName() + "; one of "
                    + field.kind().operators().stream().map(PoolOperator::symbol).toList());
        }
        if (condition.value() == null || condition.value().isBlank()) {
            throw InvalidInputException.ofField(at + ".value", "is required");
        }
        List<String> values = operator == PoolOperator.IN
                ? Arrays.stream(condition.value().split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList()
                : List.of(condition.value().trim());
        for (String value : values) {
            requireValue(field, value, at + ".value");
        }
        if (field == PoolField.CURRENCY) {
            values = values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
        }
        return new PoolRule(field, bucket, operator, values);
    }

    private static void requireValue(PoolField field, String value, String at) {
        switch (field.kind()) {
            case AMOUNT -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw InvalidInputException.ofField(at, "'" + value + "' is not an amount");
                }
            }
            case COUNT -> {
                if (!value.matches("-?\\d{1,9}")) {
                    throw InvalidInputException.ofField(at, "'" + value + "' is not a whole number");
                }
            }
            case FLAG -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw InvalidInputException.ofField(at, "must be true or false");
                }
            }
            case TEXT -> {
                if (field == PoolField.CURRENCY && !value.matches("[A-Za-z]{3}")) {
                    throw InvalidInputException.ofField(at, "'" + value + "' is not a currency code");
                }
            }
            default -> throw new IllegalStateException(field.kind().name());
        }
    }

    /** The condition as stored and shown. */
    public PoolCondition toCondition() {
        String name = field == PoolField.BUCKET ? PoolField.BUCKET.fieldName() + bucket : field.fieldName();
        return new PoolCondition(name, operator.symbol(), String.join(",", values));
    }

    /** Whether a customer's figures satisfy this condition. */
    public boolean matches(CustomerFigures figures) {
        return switch (field) {
            case REGION -> text(figures.region());
            case GROUP -> text(figures.group());
            case CURRENCY -> text(figures.currency());
            case RESPONSIBLE -> text(figures.responsible());
            case RISK_GROUP -> text(figures.riskGroup());
            case BALANCE -> amount(figures.balance().amount());
            case BUCKET -> figures.bucket(bucket).map(b -> amount(b.amount().amount())).orElse(false);
            case OLDEST_OVERDUE_DAYS -> operator.holds(Integer.compare(figures.oldestOverdueDays(),
                    Integer.parseInt(values.get(0))));
            case CREDIT_HOLD -> figures.onHold() == Boolean.parseBoolean(values.get(0));
            case OVER_LIMIT -> figures.overLimit() == Boolean.parseBoolean(values.get(0));
        };
    }

    private boolean text(String actual) {
        return values.stream().anyMatch(v -> Objects.equals(v, actual));
    }

    private boolean amount(BigDecimal actual) {
        return operator.holds(actual.compareTo(new BigDecimal(values.get(0))));
    }
}
