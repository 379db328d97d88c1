package org.dunwell.ai.application;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.dunwell.ai.api.Verification;
import org.dunwell.ai.api.Violation;
import org.dunwell.ai.domain.GroundingFacts;
import org.dunwell.ai.domain.GroundingVerifier;
import org.dunwell.ai.domain.ModelWriter;
import org.dunwell.ai.domain.TemplateWriter;
import org.dunwell.ai.domain.Tone;
import org.dunwell.ai.domain.WrittenText;
import org.dunwell.dunning.api.CustomerFacts;

/**
 * Writes a summary or a reminder that states only facts. With no model configured, the template writer's text.
 * With one: the model's text if the verifier passes it; else the model once more, told what it got wrong; else the
 * template writer's, and {@code fallbackReason} says which happened. A model that fails, answers nothing usable or
 * does not answer within the configured timeout (both calls together) gives the template writer's text at once.
 * The timeout is this class's own (a call runs on the executor and is abandoned at the deadline); LangChain4j's HTTP
 * timeout is set to the same value so that the abandoned call's thread is freed, and its own retries are off
 * (decision 0029).
 */
public final class GroundedWriter {

    /** What was written, by whom, and what the verifier found in it. */
    public record Outcome(WrittenText text, String source, String fallbackReason, Verification verification,
                          String provider, String model, String promptVersion) {
    }

    public static final String MODEL = "MODEL";
    public static final String TEMPLATE = "TEMPLATE";

    private final ModelWriter model;
    private final Duration timeout;
    private final Executor executor;

    /** {@code model} null: no provider is configured, the template writer writes. */
    public GroundedWriter(ModelWriter model, Duration timeout, Executor executor) {
        this.model = model;
        this.timeout = timeout;
        this.executor = executor;
    }

    public boolean modelConfigured() {
        return model != null;
    }

    public Outcome summary(CustomerFacts facts, String language) {
        return write(facts, language, false);
    }

    public Outcome reminder(CustomerFacts facts, String language) {
        return write(facts, language, true);
    }

    /**
     * A customer's reply read by the model within the timeout; a model that fails, answers nothing or too late is a
     * {@link ModelWriter.ModelFailure} (the caller reads the reply itself).
     */
    public ModelWriter.ReplyReading reply(ModelWriter.ReplyRequest request) throws ModelWriter.ModelFailure {
        if (model == null) {
            throw new ModelWriter.ModelFailure("no AI provider is configured", null);
        }
        try {
            return within(() -> model.reply(request), System.nanoTime() + timeout.toNanos());
        } catch (TimeoutException e) {
            throw new ModelWriter.ModelFailure("the model did not answer within " + timeout.toSeconds() + " s", e);
        }
    }

    /** The verifier's finding on a text about these facts (a reminder's subject and body read together). */
    public static Verification verify(WrittenText text, CustomerFacts facts, String language) {
        String all = text.subject() == null ? text.body() : text.subject() + "\n" + text.body();
        return Verification.of(GroundingVerifier.verify(all, GroundingFacts.of(facts), language));
    }

    private Outcome write(CustomerFacts facts, String language, boolean reminder) {
        WrittenText template = reminder ? TemplateWriter.reminder(facts, language)
                : TemplateWriter.summary(facts, language);
        if (model == null) {
            return fallback(template, facts, language, null);
        }
        String tone = Tone.of(facts.dunningLevel()).name();
        String json = ModelFacts.of(facts, language, tone, !reminder);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            WrittenText first = call(new ModelWriter.Request(language, tone, json, ""), reminder, deadline);
            Verification firstCheck = verify(first, facts, language);
            if (firstCheck.passed()) {
                return new Outcome(first, MODEL, null, firstCheck, model.provider(), model.model(), prompt(reminder));
            }
            WrittenText second = call(new ModelWriter.Request(language, tone, json,
                    corrections(firstCheck.violations())), reminder, deadline);
            Verification secondCheck = verify(second, facts, language);
            if (secondCheck.passed()) {
                return new Outcome(second, MODEL, "regenerated once: the first text stated "
                        + describe(firstCheck.violations()), secondCheck, model.provider(), model.model(),
                        prompt(reminder));
            }
            return fallback(template, facts, language, "the model's text failed the verifier twice ("
                    + describe(secondCheck.violations()) + "): the template writer's text instead");
        } catch (TimeoutException e) {
            return fallback(template, facts, language, "the model did not answer within " + timeout.toSeconds()
                    + " s: the template writer's text instead");
        } catch (ModelWriter.ModelFailure e) {
            return fallback(template, facts, language, "the model failed (" + e.getMessage()
                    + "): the template writer's text instead");
        }
    }

    private Outcome fallback(WrittenText template, CustomerFacts facts, String language, String reason) {
        return new Outcome(template, TEMPLATE, reason, verify(template, facts, language),
                model == null ? null : model.provider(), model == null ? null : model.model(), "template");
    }

    private String prompt(boolean reminder) {
        return (reminder ? "reminder-" : "summary-") + ModelWriter.PROMPT_VERSION;
    }

    private WrittenText call(ModelWriter.Request request, boolean reminder, long deadline)
            throws TimeoutException, ModelWriter.ModelFailure {
        WrittenText text = within(() -> reminder ? model.reminder(request) : model.summary(request), deadline);
        if (text == null || text.body() == null || text.body().isBlank()
                || (reminder && (text.subject() == null || text.subject().isBlank()))) {
            throw new ModelWriter.ModelFailure("the answer was malformed: no " + (text == null || text.body() == null
                    || text.body().isBlank() ? "text" : "subject"), null);
        }
        return text;
    }

    /** A model call that may fail. */
    private interface ModelCall<T> {
        T call() throws ModelWriter.ModelFailure;
    }

    /** Runs {@code call} on the executor and waits for it until {@code deadline} (System.nanoTime) at most. */
    private <T> T within(ModelCall<T> call, long deadline) throws TimeoutException, ModelWriter.ModelFailure {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException();
        }
        FutureTask<T> task = new FutureTask<>(call::call);
        executor.execute(task);
        try {
            return task.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelWriter.ModelFailure("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelWriter.ModelFailure failure && failure.timedOut()) {
                // the HTTP client's own timeout (the same length) may fire a moment before the deadline: the same
                // outcome, said the same way
                throw new TimeoutException();
            }
            throw cause instanceof ModelWriter.ModelFailure failure ? failure
                    : new ModelWriter.ModelFailure(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (CancellationException e) {
            throw new ModelWriter.ModelFailure("cancelled", e);
        }
    }

    private static String corrections(List<Violation> violations) {
        return "Your previous text stated things the facts do not hold. Write it again, stating only values copied"
                + " exactly from the facts. Wrong: " + violations.stream().map(v -> "\"" + v.text() + "\" ("
                + v.message() + ")").collect(Collectors.joining("; "));
    }

    private static String describe(List<Violation> violations) {
        return violations.size() + " ungrounded: " + violations.stream().limit(5).map(Violation::text)
                .collect(Collectors.joining(", ")) + (violations.size() > 5 ? ", ..." : "");
    }
}
