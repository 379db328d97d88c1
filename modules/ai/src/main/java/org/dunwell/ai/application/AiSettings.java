package org.dunwell.ai.application;

/**
 * The ai module's settings (server.xml variables, docs/operations.md): how many invoices each list of the facts
 * holds at most ({@code dunwell.ai.facts.listSize}).
 */
public record AiSettings(int listSize) {

    public AiSettings {
        if (listSize < 1) {
            throw new IllegalArgumentException("dunwell.ai.facts.listSize must be at least 1, not " + listSize);
        }
    }
}
