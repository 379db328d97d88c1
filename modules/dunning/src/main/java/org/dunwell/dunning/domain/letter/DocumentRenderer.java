package org.dunwell.dunning.domain.letter;

import java.util.Map;

/** Turns a template and its model (every figure already formatted) into a PDF. */
public interface DocumentRenderer {

    /** {@code template}: "letter" or "statement"; the model's values are text, lists of maps, or maps. */
    byte[] pdf(String template, Map<String, Object> model);
}
