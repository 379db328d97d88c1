package org.dunwell.server.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * JSON read as its types say, never guessed (api-contract.md, General): a string where a string is
 * expected (money included: {@code 100.5} is refused, {@code "100.50"} is taken), {@code true} or
 * {@code false} for a boolean ({@code "yes"} is refused, not read as false), a whole number for an
 * integer ({@code 3.5} is refused, not cut to 3), a date as {@code "YYYY-MM-DD"} within the contract's
 * range. JSON-B names the member in the error (decision 0023), and the problem names it as the field.
 * Decimals are written as plain strings, never in exponent notation ({@code "10"}, not {@code 1E+1}).
 * Input records use boxed types: JSON-B gives primitives their own readers, which these do not replace.
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonbDeserializer<?>[] readers() {
        return new JsonbDeserializer<?>[] {new Text(), new Truth(), new WholeInt(), new WholeLong(), new Decimal(),
            new Day()};
    }

    /** A string: no number, boolean, array or object; no control characters but tab and line breaks. */
    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new JsonbException("must be a JSON string (in quotes), not " + kind(value));
            }
            String text = ((JsonString) value).getString();
            int bad = InputLimits.firstControl(text);
            if (bad >= 0) {
                throw new JsonbException("must not hold control characters (U+"
                        + String.format("%04X", (int) text.charAt(bad)) + ")");
            }
            return text;
        }
    }

    /** true or false, nothing else. */
    static final class Truth implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("must be true or false, not " + kind(value));
            };
        }
    }

    /** A whole number within an int. */
    static final class WholeInt implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Long whole = whole(parser.getValue());
            if (whole == null) {
                return null;
            }
            if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
                throw new JsonbException("must be a whole number from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE);
            }
            return whole.intValue();
        }
    }

    /** A whole number within a long. */
    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser.getValue());
        }
    }

    /** A decimal as a string ({@code "10.5"}), as the API writes it; a JSON number is refused. */
    static final class Decimal implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new JsonbException("must be a decimal in a JSON string such as \"10.5\", not " + kind(value));
            }
            return limited(() -> InputLimits.amount("", ((JsonString) value).getString()));
        }
    }

    /** A day, {@code "YYYY-MM-DD"}, from 1900-01-01 to 2999-12-31. */
    static final class Day implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new JsonbException("must be a date in a JSON string (\"YYYY-MM-DD\"), not " + kind(value));
            }
            return limited(() -> InputLimits.day("", ((JsonString) value).getString()));
        }
    }

    /** Decimals out: a plain string, as money is. */
    static final class PlainDecimal implements JsonbSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.write(value.toPlainString());
        }
    }

    private static Long whole(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw new JsonbException("must be a whole number, not " + kind(value));
        }
        try {
            return ((JsonNumber) value).longValueExact();
        } catch (ArithmeticException e) {
            throw new JsonbException("must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
    }

    /** An InputLimits check whose message the member's name will precede. */
    private static <T> T limited(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            throw new JsonbException(e.violations().isEmpty() ? e.getMessage() : e.violations().get(0).message());
        }
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> ((JsonNumber) value).isIntegral() ? "a whole number" : "a number with decimals";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }
}
