package org.dunwell.ai.domain;

/**
 * A language model that words texts from facts it is given (LangChain4j's AI services in the infrastructure; a fake
 * in tests). Each call may fail, answer late or answer something else than asked: the caller verifies every text
 * and falls back to the template writer.
 */
public interface ModelWriter {

    /** The prompts' version, kept with every draft. */
    String PROMPT_VERSION = "v1";

    /** What the model is asked: the facts as JSON, the language, the tone, and what to correct from a first try. */
    record Request(String language, String tone, String factsJson, String corrections) {
    }

    /** A customer's reply to read: the open items it may refer to, as JSON, and the reply itself (data). */
    record ReplyRequest(String language, String openItemsJson, String reply) {
    }

    /** What a model read in a reply: PROMISE, DISPUTE or NONE, with what it found, as written. */
    record ReplyReading(String kind, String amount, String date, java.util.List<String> invoices, String reason) {
    }

    /** Why the model gave no usable answer; {@code timedOut} when it did not answer in time. */
    final class ModelFailure extends Exception {

        private static final long serialVersionUID = 1L;
        private final boolean timedOut;

        public ModelFailure(String message, Throwable cause) {
            this(message, cause, false);
        }

        public ModelFailure(String message, Throwable cause, boolean timedOut) {
            super(message, cause);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }

    /** The provider's name (openai, anthropic, gemini). */
    String provider();

    /** The model's name as configured. */
    String model();

    WrittenText summary(Request request) throws ModelFailure;

    WrittenText reminder(Request request) throws ModelFailure;

    ReplyReading reply(ReplyRequest request) throws ModelFailure;
}
