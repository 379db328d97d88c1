package org.dunwell.acceptance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for the in-server tests of the PostgreSQL server, which signs people in
 * through one ({@code dunwell.signin.method=oidc}): the authorization-code flow with a sign-in page (the demo
 * users and passwords), a token endpoint that checks the client's secret and the code, RS256 ID tokens and
 * the key set that verifies them. A test can make it name someone else than who signed in, or sign with a
 * key the key set does not hold, to see the server refuse.
 */
final class StubOpenIdProvider {

    static final String CLIENT_ID = System.getProperty("dunwell.it.oidcClientId", "dunwell-it");
    static final String CLIENT_SECRET = System.getProperty("dunwell.it.oidcClientSecret", "it-oidc-secret");
    private static StubOpenIdProvider running;

    private final String issuer;
    private final HttpServer server;
    private final KeyPair key = rsaKey();
    private final KeyPair forger = rsaKey();
    /** Each run's key has its own id, as a provider names a new key when it rotates keys. */
    private final String keyId = "stub-" + UUID.randomUUID();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile String namedInstead;
    private volatile boolean forgeSignature;

    private record Grant(String user, String nonce, String redirectUri) {
    }

    private StubOpenIdProvider(int port) throws IOException {
        issuer = "http://127.0.0.1:" + port;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::keys);
        server.start();
    }

    /** Whether this tier's server signs in through OpenID Connect (the PostgreSQL one does). */
    static boolean configured() {
        return System.getProperty("dunwell.it.oidcPort") != null;
    }

    /** The one provider of this test run, started on the port the server was configured with. */
    static synchronized StubOpenIdProvider instance() {
        if (running == null) {
            try {
                running = new StubOpenIdProvider(Integer.parseInt(System.getProperty("dunwell.it.oidcPort")));
            } catch (IOException e) {
                throw new IllegalStateException("the stub OpenID Connect provider could not start", e);
            }
        }
        return running;
    }

    String issuer() {
        return issuer;
    }

    /** The next ID tokens name this user, whoever signed in (null: the one who signed in). */
    void nameInstead(String user) {
        namedInstead = user;
    }

    /** The next ID tokens are signed with a key the key set does not hold. */
    void forgeSignature(boolean forge) {
        forgeSignature = forge;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if ("POST".equals(exchange.getRequestMethod())) {
            query.putAll(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        }
        String redirectUri = query.getOrDefault("redirect_uri", "");
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || !redirectUri.matches("https?://localhost:\\d+/oidcclient/redirect/dunwell")) {
            answer(exchange, 400, "text/plain", "unknown client or redirect URI");
            return;
        }
        String user = query.get("username");
        if (user == null || !(user + "-pw").equals(query.get("password"))) {
            answer(exchange, 200, "text/html", signInPage(query, user != null));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(user, query.get("nonce"), redirectUri));
        exchange.getResponseHeaders().add("Location", redirectUri + "?code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8));
        answer(exchange, 302, "text/plain", "");
    }

    private static String signInPage(Map<String, String> query, boolean failed) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[] {"client_id", "response_type", "redirect_uri", "state", "nonce", "scope"}) {
            if (query.containsKey(name)) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(query.get(name).replace("&", "&amp;").replace("\"", "&quot;")).append("\">");
            }
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Stub identity provider</title></head>"
                + "<body><main><h1>Stub identity provider</h1>" + (failed ? "<p role=\"alert\">Wrong password.</p>" : "")
                + "<form method=\"post\" action=\"/authorize\">" + hidden
                + "<label for=\"username\">User</label><input id=\"username\" name=\"username\" autofocus>"
                + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\">"
                + "<button type=\"submit\">Sign in</button></form></main></body></html>";
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        boolean clientKnown = (CLIENT_ID.equals(body.get("client_id")) && CLIENT_SECRET.equals(body.get("client_secret")))
                || ("Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8))).equals(basic);
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        if (!clientKnown || grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String user = namedInstead == null ? grant.user() : namedInstead;
        Instant now = Instant.now();
        var claims = Json.createObjectBuilder().add("iss", issuer).add("sub", "sub-" + user).add("aud", CLIENT_ID)
                .add("iat", now.getEpochSecond()).add("exp", now.plusSeconds(300).getEpochSecond())
                .add("preferred_username", user);
        if (grant.nonce() != null) {
            claims.add("nonce", grant.nonce());
        }
        String idToken = signed(claims.build().toString());
        answer(exchange, 200, "application/json", Json.createObjectBuilder().add("access_token", UUID.randomUUID().toString())
                .add("token_type", "Bearer").add("expires_in", 300).add("scope", "openid profile")
                .add("id_token", idToken).build().toString());
    }

    private void keys(HttpExchange exchange) throws IOException {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        answer(exchange, 200, "application/json", Json.createObjectBuilder().add("keys", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kty", "RSA").add("kid", keyId).add("use", "sig").add("alg", "RS256")
                        .add("n", base64Url(unsigned(publicKey.getModulus())))
                        .add("e", base64Url(unsigned(publicKey.getPublicExponent()))))).build().toString());
    }

    private String signed(String claims) {
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", keyId).build().toString();
        String content = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign((forgeSignature ? forger : key).getPrivate());
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger number) {
        byte[] bytes = number.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            fields.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Runs on its own for trying the sign-in by hand: {@code StubOpenIdProvider <port>}. */
    public static void main(String[] arguments) throws Exception {
        System.setProperty("dunwell.it.oidcPort", arguments.length > 0 ? arguments[0] : "9129");
        System.out.println("stub OpenID Connect provider at " + instance().issuer());
        Thread.currentThread().join();
    }
}
