package org.dunwell.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The web workspace's CSRF tokens: a random nonce and its HMAC-SHA256 over the user's name under the
 * installation's key, so a token is bound to one user and cannot be made without the key (a signed
 * double-submit token). Any server with the same key accepts a token another made.
 */
public final class CsrfTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    public CsrfTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the CSRF key needs at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** A new random key (a server that was given none: its tokens end with it). */
    public static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** A new token for this user (at sign-in). */
    public String issue(String user) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String text = B64.encodeToString(nonce);
        return text + "." + mac(user, text);
    }

    /** Whether this token was issued to this user under this key. */
    public boolean valid(String user, String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || user == null) {
            return false;
        }
        byte[] expected = mac(user, token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String user, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal((user + "\n" + nonce).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
