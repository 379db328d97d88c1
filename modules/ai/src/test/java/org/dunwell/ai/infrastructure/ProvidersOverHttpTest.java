package org.dunwell.ai.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.dunwell.ai.application.GroundedWriter;
import org.dunwell.ai.domain.TemplateWriter;
import org.dunwell.ai.support.FactsCorpus;
import org.dunwell.dunning.api.CustomerFacts;
import org.junit.jupiter.api.Test;

/**
 * Each provider as the configuration builds it, over HTTP against a local stub of its API (Anthropic's messages,
 * Gemini's generateContent, OpenAI's chat completions): the request reaches the provider's path with its key, and a
 * grounded answer is the summary.
 */
class ProvidersOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CustomerFacts FACTS = FactsCorpus.situations(3, 23).get(2);

    private record Seen(String method, String path, String headers, String body) {
    }

    private static String summaryJson() {
        return JSON.createObjectNode().put("text", TemplateWriter.summary(FACTS, "en").body()).toString();
    }

    private static GroundedWriter.Outcome summaryThrough(String provider, Function<String, String> answer,
                                                        List<Seen> seen) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> respond(exchange, answer, seen));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            GroundedWriter writer = new GroundedWriter(ChatModels.writer(new ChatModels.Settings(provider,
                    "stub-model", base, "secret-key", Duration.ofSeconds(5))), Duration.ofSeconds(5),
                    Executors.newSingleThreadExecutor());
            return writer.summary(FACTS, "en");
        } finally {
            server.stop(0);
        }
    }

    private static void respond(HttpExchange exchange, Function<String, String> answer, List<Seen> seen)
            throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().entrySet().toString(), body));
        byte[] bytes = answer.apply(summaryJson()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void anthropicsMessagesApi() throws IOException {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        GroundedWriter.Outcome outcome = summaryThrough("anthropic", text -> "{\"id\":\"msg_1\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"stub-model\",\"stop_reason\":\"end_turn\",\"content\":[{\"type\":"
                + "\"text\",\"text\":" + quote(text) + "}],\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}", seen);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).path()).endsWith("/messages");
        assertThat(seen.get(0).headers()).contains("secret-key");
        assertThat(seen.get(0).body()).contains(FACTS.account());
        assertThat(outcome.source()).as(String.valueOf(outcome.fallbackReason())).isEqualTo("MODEL");
        assertThat(outcome.provider()).isEqualTo("anthropic");
    }

    @Test
    void geminisGenerateContentApi() throws IOException {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        GroundedWriter.Outcome outcome = summaryThrough("gemini", text -> "{\"candidates\":[{\"content\":{\"parts\":"
                + "[{\"text\":" + quote(text) + "}],\"role\":\"model\"},\"finishReason\":\"STOP\"}],"
                + "\"usageMetadata\":{\"promptTokenCount\":1,\"candidatesTokenCount\":1,\"totalTokenCount\":2}}",
                seen);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).path()).contains("stub-model").contains("generateContent");
        assertThat(seen.get(0).headers() + seen.get(0).path()).contains("secret-key");
        assertThat(outcome.source()).as(String.valueOf(outcome.fallbackReason())).isEqualTo("MODEL");
        assertThat(outcome.provider()).isEqualTo("gemini");
    }

    @Test
    void openAiCompatibleChatCompletions() throws IOException {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        GroundedWriter.Outcome outcome = summaryThrough("openai", text -> "{\"id\":\"c1\",\"object\":"
                + "\"chat.completion\",\"created\":1,\"model\":\"stub-model\",\"choices\":[{\"index\":0,\"message\":"
                + "{\"role\":\"assistant\",\"content\":" + quote(text) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}", seen);
        assertThat(seen.get(0).path()).endsWith("/chat/completions");
        assertThat(seen.get(0).headers()).contains("Bearer secret-key");
        assertThat(outcome.source()).as(String.valueOf(outcome.fallbackReason())).isEqualTo("MODEL");
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
