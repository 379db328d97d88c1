package org.dunwell.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPageTest {

    @Test
    void afterSignInOnlyAPageOfThisApplicationIsFollowed() {
        assertThat(SignInPage.safeNext("#/customers/C00001")).isEqualTo("#/customers/C00001");
        assertThat(SignInPage.safeNext(null)).isEmpty();
        assertThat(SignInPage.safeNext("//evil.example/")).isEmpty();
        assertThat(SignInPage.safeNext("/\\evil.example")).isEmpty();
        assertThat(SignInPage.safeNext("https://evil.example/")).isEmpty();
        assertThat(SignInPage.safeNext("#/x\"><script>")).isEmpty();
    }
}
