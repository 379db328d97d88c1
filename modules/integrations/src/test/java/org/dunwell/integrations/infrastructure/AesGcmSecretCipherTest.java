package org.dunwell.integrations.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretCipherTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndItsContext() {
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(key(1));
        String sealed = cipher.seal("s3cr3t-ä", "DW01/bureau/apiKey");
        assertThat(sealed).startsWith("v1:").doesNotContain("s3cr3t");
        assertThat(cipher.seal("s3cr3t-ä", "DW01/bureau/apiKey")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed, "DW01/bureau/apiKey")).isEqualTo("s3cr3t-ä");
        assertThatThrownBy(() -> cipher.open(sealed, "DW02/bureau/apiKey")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DW02/bureau/apiKey");
        assertThatThrownBy(() -> new AesGcmSecretCipher(key(2)).open(sealed, "DW01/bureau/apiKey"))
                .isInstanceOf(IllegalStateException.class);
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThatThrownBy(() -> cipher.open(tampered, "DW01/bureau/apiKey")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyFileIsWrittenOnceOwnerOnlyAndReadAgain(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("security/plugin-secrets.key");
        byte[] first = SecretKeyFile.key(file);
        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretKeyFile.key(file)).isEqualTo(first);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no draft left behind").containsExactly(file);
        }
        Files.writeString(file, "c2hvcnQ=");
        assertThatThrownBy(() -> SecretKeyFile.key(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32");
    }
}
