package org.dunwell.ai.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.dunwell.ai.domain.ModelWriter;
import org.junit.jupiter.api.Test;

/**
 * The provider the configuration names: none (no model, the template writer), each supported provider built with
 * its model, and a configuration that names no usable provider refused with the setting to fix.
 */
class ChatModelsTest {

    private static ChatModels.Settings settings(String provider, String model, String baseUrl) {
        return new ChatModels.Settings(provider, model, baseUrl, "key", Duration.ofSeconds(5));
    }

    @Test
    void noneOrNothingConfiguredMeansTheTemplateWriter() {
        assertThat(ChatModels.writer(settings("none", null, null))).isNull();
        assertThat(ChatModels.writer(settings(null, null, null))).isNull();
        assertThat(ChatModels.writer(settings(" ", null, null))).isNull();
    }

    @Test
    void eachProviderIsBuiltWithItsModel() {
        for (String provider : new String[] {"openai", "OpenAI", "anthropic", "gemini"}) {
            ModelWriter writer = ChatModels.writer(settings(provider, "some-model", null));
            assertThat(writer.provider()).isEqualTo(provider.toLowerCase(java.util.Locale.ROOT));
            assertThat(writer.model()).isEqualTo("some-model");
        }
        ModelWriter compatible = ChatModels.writer(settings("openai", "llama3.1", "http://localhost:11434/v1"));
        assertThat(compatible.provider()).isEqualTo("openai");
    }

    @Test
    void anUnknownProviderOrAMissingModelIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> ChatModels.writer(settings("ollama", "llama3.1", null)))
                .hasMessageContaining("dunwell.ai.provider");
        assertThatThrownBy(() -> ChatModels.writer(settings("anthropic", " ", null)))
                .hasMessageContaining("dunwell.ai.model");
    }
}
