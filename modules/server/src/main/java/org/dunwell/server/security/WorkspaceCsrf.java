package org.dunwell.server.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSRF protection of the web workspace. A request signed in by the browser's session cookie (not by an
 * {@code Authorization} header) that changes something (not GET, HEAD or OPTIONS) must send the token
 * of the {@code dunwell-csrf} cookie back in {@code X-CSRF-Token}; the token is signed for the user
 * ({@link CsrfTokens}) under {@code dunwell.csrf.key}, which every server of an installation shares (as
 * they share LTPA keys). Without one each server makes its own at start.
 */
@ApplicationScoped
public class WorkspaceCsrf {

    public static final String COOKIE = "dunwell-csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger LOG = Logger.getLogger(WorkspaceCsrf.class.getName());

    @Inject
    @ConfigProperty(name = "dunwell.csrf.key")
    Optional<String> key;

    private CsrfTokens tokens;

    @PostConstruct
    void start() {
        if (key.isEmpty() || key.get().isBlank()) {
            LOG.warning("dunwell.csrf.key is not set: the web workspace's CSRF tokens are this server's own");
            tokens = new CsrfTokens(CsrfTokens.randomKey());
        } else {
            tokens = new CsrfTokens(sha256(key.get().strip()));
        }
    }

    /** Whether this request, signed in as this user, may go ahead. */
    public boolean allows(HttpServletRequest request, String user) {
        return SAFE_METHODS.contains(request.getMethod()) || request.getHeader("Authorization") != null
                || tokens.valid(user, request.getHeader(HEADER));
    }

    /** Hands the browser a new token (at sign-in), readable by the workspace's scripts. */
    public void issue(String user, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", cookie(tokens.issue(user), -1, request));
    }

    /**
     * A browser signed in without the form (an OpenID Connect redirect, or one that lost the cookie) gets its
     * token with its next read: a GET whose {@code dunwell-csrf} cookie is missing or not this user's.
     */
    public void issueWhenMissing(String user, HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        String sent = null;
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    sent = cookie.getValue();
                }
            }
        }
        if (!tokens.valid(user, sent)) {
            issue(user, request, response);
        }
    }

    public void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", cookie("", 0, request));
    }

    /** Whether a sign-out form carries the token (a sign-out is a change too). */
    public boolean validToken(String user, String token) {
        return tokens.valid(user, token);
    }

    private static String cookie(String value, int maxAge, HttpServletRequest request) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return COOKIE + "=" + value + "; Path=" + path + (maxAge >= 0 ? "; Max-Age=" + maxAge : "")
                + "; SameSite=Strict" + (request.isSecure() ? "; Secure" : "");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
