package org.dunwell.ai.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dunwell.ai.application.AiSettings;
import org.dunwell.ai.application.GroundedWriter;
import org.dunwell.ai.domain.ModelWriter;
import org.dunwell.ai.domain.WrittenText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The AI provider the configuration names (docs/ai.md, docs/operations.md): {@code dunwell.ai.provider} none (the
 * default), openai, anthropic or gemini, with {@code dunwell.ai.model}, {@code dunwell.ai.baseUrl},
 * {@code dunwell.ai.apiKey} and {@code dunwell.ai.timeoutSeconds}. A configuration that names no usable provider
 * is logged and degrades the feature to the template writer, with the reason on every text; the server starts.
 * Model calls run on the server's default managed executor.
 */
@ApplicationScoped
public class AiConfiguration {

    private static final Logger LOG = Logger.getLogger(AiConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "dunwell.ai.provider", defaultValue = "none")
    String provider;

    @Inject
    @ConfigProperty(name = "dunwell.ai.model")
    Optional<String> model;

    @Inject
    @ConfigProperty(name = "dunwell.ai.baseUrl")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "dunwell.ai.apiKey")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "dunwell.ai.timeoutSeconds", defaultValue = "20")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "dunwell.ai.facts.listSize", defaultValue = "25")
    int listSize;

    /** The server's managed executor (as an ExecutorService: the module needs no concurrency API of its own). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    @Produces
    @Singleton
    GroundedWriter writer() {
        Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds));
        ModelWriter writer;
        try {
            writer = ChatModels.writer(new ChatModels.Settings(provider, model.orElse(null), baseUrl.orElse(null),
                    apiKey.orElse(null), timeout));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "AI drafting falls back to the template writer: " + e.getMessage(), e);
            writer = new Misconfigured(provider, e.getMessage());
        }
        if (writer != null) {
            LOG.info("AI drafting: provider " + writer.provider() + ", model " + writer.model() + ", timeout "
                    + timeout.toSeconds() + " s");
        }
        return new GroundedWriter(writer, timeout, executor);
    }

    @Produces
    @Singleton
    AiSettings settings() {
        return new AiSettings(Math.max(1, listSize));
    }

    /** A provider the configuration names but that cannot be built: every call fails and says why. */
    private record Misconfigured(String provider, String why) implements ModelWriter {
        @Override
        public String model() {
            return "misconfigured";
        }

        @Override
        public WrittenText summary(Request request) throws ModelFailure {
            throw new ModelFailure("the AI provider is misconfigured: " + why, null);
        }

        @Override
        public WrittenText reminder(Request request) throws ModelFailure {
            throw new ModelFailure("the AI provider is misconfigured: " + why, null);
        }

        @Override
        public ReplyReading reply(ReplyRequest request) throws ModelFailure {
            throw new ModelFailure("the AI provider is misconfigured: " + why, null);
        }
    }
}
