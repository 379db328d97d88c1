package org.dunwell.ai.application;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.ai.api.Verification;
import org.dunwell.dunning.api.CustomerFacts;

/**
 * The JSON a draft keeps (its facts snapshot, the verifier's finding, what was acknowledged), written with the
 * Jackson that LangChain4j brings: dates as ISO days, amounts as plain decimals.
 */
public final class AiJson {

    private static final ObjectMapper JSON = mapper();

    private AiJson() {
    }

    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("dates");
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
                return LocalDate.parse(in.getValueAsString());
            }
        });
        return new ObjectMapper().registerModule(dates)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CustomerFacts facts(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static Verification verification(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static List<String> texts(String json) {
        return json == null ? List.of() : read(json, new TypeReference<>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
