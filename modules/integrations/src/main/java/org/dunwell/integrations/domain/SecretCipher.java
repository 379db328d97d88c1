package org.dunwell.integrations.domain;

/**
 * Seals a plugin's secret for storage and opens it again. {@code context} (company, plugin and name) is bound to the
 * sealed text, so a sealed secret copied to another entry does not open.
 */
public interface SecretCipher {

    String seal(String plain, String context);

    /** @throws IllegalStateException when the text was not sealed with this key and context */
    String open(String sealed, String context);
}
