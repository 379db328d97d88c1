/**
 * Customer summaries, reminder drafts and reply triage worded by a language model (LangChain4j) from facts the
 * ledger holds, checked by the grounding verifier, with a template writer for every language when no model is
 * configured or a model's text fails.
 */
module org.dunwell.ai {
    requires org.dunwell.kernel;
    requires org.dunwell.ledger;
    requires org.dunwell.credit;
    requires org.dunwell.collections;
    requires org.dunwell.dunning;
    requires jakarta.persistence;
    // @Schema on the api records: documentation read at build time only (decision 0022)
    requires static microprofile.openapi.api;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.annotation;
    // the provider's settings, read where the server runs it (mpConfig)
    requires static microprofile.config.api;
    // LangChain4j (automatic modules): AI services over OpenAI-compatible, Anthropic and Gemini chat models
    requires langchain4j;
    requires langchain4j.core;
    requires langchain4j.open.ai;
    requires langchain4j.anthropic;
    requires langchain4j.google.ai.gemini;
    requires com.fasterxml.jackson.databind;
    requires java.net.http;

    exports org.dunwell.ai.api;

    opens org.dunwell.ai.domain;
    opens org.dunwell.ai.application;
    opens org.dunwell.ai.infrastructure;
    opens ai.prompts;
    opens ai.language;
}
