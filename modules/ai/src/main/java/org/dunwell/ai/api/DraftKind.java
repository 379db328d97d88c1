package org.dunwell.ai.api;

/** What the language model is asked to word. */
public enum DraftKind {
    CUSTOMER_SUMMARY,
    REMINDER_EMAIL
}
