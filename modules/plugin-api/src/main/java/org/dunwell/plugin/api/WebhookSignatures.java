package org.dunwell.plugin.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The usual way a vendor signs its webhook calls: HMAC-SHA256 of the body under a secret both sides hold, in
 * hexadecimal in a header (since API 1.1.0). Compared in constant time.
 */
public final class WebhookSignatures {

    private WebhookSignatures() {
    }

    /** The HMAC-SHA256 of the body under the secret, in lower-case hexadecimal. */
    public static String hmacSha256Hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * Checks that the request's header {@code header} holds {@code prefix} followed by the body's HMAC-SHA256 under
     * {@code secret} (e.g. {@code X-Vendor-Signature: sha256=…}).
     *
     * @throws WebhookRejectedException when the header is missing or the signature is not the body's
     */
    public static void requireHmacSha256(WebhookRequest request, String header, String prefix, String secret) {
        String given = request.header(header).orElseThrow(() ->
                new WebhookRejectedException("the call has no " + header + " header"));
        String expected = prefix + hmacSha256Hex(secret, request.body());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.trim().getBytes(
                StandardCharsets.UTF_8))) {
            throw new WebhookRejectedException("the signature in " + header + " is not the body's");
        }
    }
}
