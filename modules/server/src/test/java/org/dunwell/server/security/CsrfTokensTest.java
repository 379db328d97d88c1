package org.dunwell.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aTokenIsValidForItsUserOnEveryServerWithTheSameKey() {
        String token = new CsrfTokens(KEY).issue("agent1");
        assertThat(new CsrfTokens(KEY).valid("agent1", token)).isTrue();
    }

    @Test
    void aTokenIsRefusedForAnotherUserUnderAnotherKeyOrWhenChanged() {
        CsrfTokens tokens = new CsrfTokens(KEY);
        String token = tokens.issue("agent1");
        byte[] other = Arrays.copyOf(KEY, KEY.length);
        other[0] = 'X';
        assertThat(tokens.valid("agent2", token)).isFalse();
        assertThat(new CsrfTokens(other).valid("agent1", token)).isFalse();
        // another character, whatever the random token ends or starts with (the same one would be no change: 1 in 64)
        char last = token.charAt(token.length() - 1);
        char first = token.charAt(0);
        assertThat(tokens.valid("agent1", token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')))
                .isFalse();
        assertThat(tokens.valid("agent1", (first == 'X' ? 'Y' : 'X') + token.substring(1))).isFalse();
        assertThat(tokens.valid("agent1", null)).isFalse();
        assertThat(tokens.valid("agent1", "")).isFalse();
        assertThat(tokens.valid("agent1", "no-dot")).isFalse();
    }

    @Test
    void everySignInGetsANewToken() {
        CsrfTokens tokens = new CsrfTokens(KEY);
        assertThat(tokens.issue("agent1")).isNotEqualTo(tokens.issue("agent1"));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new CsrfTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
