package org.dunwell.ai.infrastructure;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.dunwell.ai.domain.ModelWriter;

/**
 * The model the configuration names ({@code dunwell.ai.*}, docs/ai.md): {@code none} (the default: no model, the
 * template writer writes), {@code openai} (OpenAI and any OpenAI-compatible endpoint by its base URL: Ollama's and
 * Azure OpenAI's included), {@code anthropic} or {@code gemini}. LangChain4j's HTTP timeout is the configured one
 * and its own retries are off: the caller's deadline covers both tries (decision 0029).
 */
public final class ChatModels {

    public static final List<String> PROVIDERS = List.of("none", "openai", "anthropic", "gemini");

    private ChatModels() {
    }

    /** The configured settings. */
    public record Settings(String provider, String model, String baseUrl, String apiKey, Duration timeout) {
    }

    /** The writer of the configured provider; null for {@code none}. */
    public static ModelWriter writer(Settings s) {
        String provider = s.provider() == null || s.provider().isBlank() ? "none"
                : s.provider().strip().toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("dunwell.ai.provider must be one of " + PROVIDERS + ", not "
                    + s.provider());
        }
        if ("none".equals(provider)) {
            return null;
        }
        if (s.model() == null || s.model().isBlank()) {
            throw new IllegalArgumentException("dunwell.ai.model must name the model of provider " + provider);
        }
        return new LangChainModelWriter(provider, s.model(), chat(provider, s));
    }

    private static ChatModel chat(String provider, Settings s) {
        String baseUrl = s.baseUrl() == null || s.baseUrl().isBlank() ? null : s.baseUrl().strip();
        String key = s.apiKey() == null || s.apiKey().isBlank() ? "none" : s.apiKey();
        return switch (provider) {
            case "openai" -> OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(key).modelName(s.model())
                    .timeout(s.timeout()).maxRetries(0).temperature(0.0).build();
            case "anthropic" -> AnthropicChatModel.builder().baseUrl(baseUrl).apiKey(key).modelName(s.model())
                    .timeout(s.timeout()).maxRetries(0).maxTokens(1500).build();
            case "gemini" -> GoogleAiGeminiChatModel.builder().baseUrl(baseUrl).apiKey(key).modelName(s.model())
                    .timeout(s.timeout()).maxRetries(0).build();
            default -> throw new IllegalArgumentException(provider);
        };
    }
}
