package org.dunwell.integrations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.dunwell.integrations.domain.SecretCipher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals plugin secrets: 32 random bytes, Base64, in the file {@code dunwell.plugins.secretKeyFile}
 * names. The first server to need it writes a new one (owner read/write only); every server of one installation must
 * read the same file, as they share LTPA keys (docs/operations.md). A lost key loses the secrets, not the settings.
 */
@ApplicationScoped
public class SecretKeyFile {

    private static final Logger LOG = Logger.getLogger(SecretKeyFile.class.getName());

    @Inject
    @ConfigProperty(name = "dunwell.plugins.secretKeyFile", defaultValue = "plugin-secrets.key")
    String file;

    @Produces
    @Singleton
    SecretCipher cipher() {
        return new AesGcmSecretCipher(key(Path.of(file).toAbsolutePath()));
    }

    static byte[] key(Path path) {
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(path).trim());
            if (key.length != 32) {
                throw new IllegalStateException(path + " holds " + key.length + " bytes; the plugin secrets' key is 32");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin secrets' key " + path + " cannot be read or written", e);
        }
    }

    private static void create(Path path) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(path.toAbsolutePath().getParent());
        Path draft = Files.createTempFile(path.toAbsolutePath().getParent(), "plugin-secrets", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's permissions protect it
            }
            Files.writeString(draft, Base64.getEncoder().encodeToString(key));
            Files.createLink(path, draft);
            LOG.info(() -> "wrote a new key for plugin secrets to " + path);
        } catch (FileAlreadyExistsException e) {
            // another server wrote it first: use that one
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
