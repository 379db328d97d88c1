package org.dunwell.ai.infrastructure;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import java.util.List;
import org.dunwell.ai.domain.ModelWriter;
import org.dunwell.ai.domain.WrittenText;

/**
 * The model through LangChain4j: one small AI service per use case, its prompts in versioned resource files
 * ({@code ai/prompts/*-v1-*.txt}), typed answers (records LangChain4j asks the model to answer as JSON and parses).
 * Anything the call throws (the provider down, an error answer, an answer that does not parse) is a
 * {@link ModelFailure}; the caller falls back to the template writer.
 */
public final class LangChainModelWriter implements ModelWriter {

    /** The summary use case. */
    public interface SummaryAssistant {
        @SystemMessage(fromResource = "/ai/prompts/summary-v1-system.txt")
        @UserMessage(fromResource = "/ai/prompts/summary-v1-user.txt")
        SummaryAnswer summarize(@V("language") String language, @V("facts") String facts,
                                @V("corrections") String corrections);
    }

    /** A summary as the model answers it. */
    public record SummaryAnswer(String text) {
    }

    /** The reminder use case. */
    public interface ReminderAssistant {
        @SystemMessage(fromResource = "/ai/prompts/reminder-v1-system.txt")
        @UserMessage(fromResource = "/ai/prompts/reminder-v1-user.txt")
        ReminderAnswer write(@V("language") String language, @V("tone") String tone, @V("facts") String facts,
                             @V("corrections") String corrections);
    }

    /** A reminder as the model answers it. */
    public record ReminderAnswer(String subject, String body) {
    }

    /** The reply-reading use case. */
    public interface ReplyAssistant {
        @SystemMessage(fromResource = "/ai/prompts/reply-v1-system.txt")
        @UserMessage(fromResource = "/ai/prompts/reply-v1-user.txt")
        ReplyAnswer read(@V("language") String language, @V("openItems") String openItems, @V("reply") String reply);
    }

    /** What the model read in a reply. */
    public record ReplyAnswer(String kind, String amount, String date, List<String> invoices, String reason) {
    }

    private final String provider;
    private final String model;
    private final SummaryAssistant summaries;
    private final ReminderAssistant reminders;
    private final ReplyAssistant replies;

    public LangChainModelWriter(String provider, String model, ChatModel chat) {
        this.provider = provider;
        this.model = model;
        this.summaries = AiServices.create(SummaryAssistant.class, chat);
        this.reminders = AiServices.create(ReminderAssistant.class, chat);
        this.replies = AiServices.create(ReplyAssistant.class, chat);
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public WrittenText summary(Request request) throws ModelFailure {
        try {
            SummaryAnswer answer = summaries.summarize(request.language(), request.factsJson(), request.corrections());
            return answer == null ? null : new WrittenText(null, answer.text());
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    @Override
    public WrittenText reminder(Request request) throws ModelFailure {
        try {
            ReminderAnswer answer = reminders.write(request.language(), request.tone(), request.factsJson(),
                    request.corrections());
            return answer == null ? null : new WrittenText(answer.subject(), answer.body());
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    @Override
    public ReplyReading reply(ReplyRequest request) throws ModelFailure {
        try {
            ReplyAnswer answer = replies.read(request.language(), request.openItemsJson(), request.reply());
            return answer == null ? null : new ReplyReading(answer.kind(), answer.amount(), answer.date(),
                    answer.invoices() == null ? List.of() : answer.invoices(), answer.reason());
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    private static ModelFailure failure(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        boolean timedOut = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            timedOut |= t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.net.http.HttpTimeoutException;
        }
        return new ModelFailure(message.length() > 300 ? message.substring(0, 299) + "…" : message, e, timedOut);
    }
}
