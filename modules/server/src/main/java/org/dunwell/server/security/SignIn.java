package org.dunwell.server.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.dunwell.server.problem.Problem;
import org.dunwell.server.problem.ProblemErrorServlet;

/**
 * Signs the caller of every {@code /api} request in: HTTP Basic, checked by the container against
 * the server's user registry ({@code HttpServletRequest.login}: the demo's basic registry, LDAP in
 * production), with failed sign-ins throttled ({@link SignInThrottle}: too many answer 429 with
 * {@code Retry-After}, right credentials or wrong). No or wrong credentials answer 401 with a
 * {@code Basic} challenge. Which role may call what is then each resource's {@code @RolesAllowed}.
 * The API is stateless: the sign-in lasts for the request.
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = DispatcherType.REQUEST)
public class SignIn extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CHALLENGE = "Basic realm=\"dunwell\"";
    /** Sent by the web workspace's scripts with every call. */
    public static final String PAGE_HEADER = "X-Dunwell-Page";

    @Inject
    SignInThrottle throttle;

    @Inject
    SignedInUsers signedIn;

    @Inject
    WorkspaceCsrf csrf;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        String[] credentials = header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                ? decode(header.substring(6).trim()) : null;
        if (credentials == null && request.getUserPrincipal() != null) {
            signedInBySession(request, response, chain);
            return;
        }
        if (credentials == null && isWebhook(request)) {
            // a vendor calling in has no Dunwell user: its plugin checks the call's signature instead
            chain.doFilter(request, response);
            return;
        }
        if (credentials == null) {
            challenge(request, response);
            return;
        }
        String user = credentials[0];
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(user, address);
        if (!wait.isZero() && !wait.isNegative()) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds() + 1)));
            response.sendError(429);
            return;
        }
        // the container signs a Basic caller in by itself (webAppSecurity useAuthenticationDataForUnprotectedResource),
        // for this request only; a wrong password it leaves to us, so that the throttle counts it
        boolean byContainer = request.getUserPrincipal() != null && user.equals(request.getUserPrincipal().getName());
        if (!byContainer) {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            try {
                request.login(user, credentials[1]);
            } catch (ServletException wrong) {
                throttle.failed(user, address);
                challenge(request, response);
                return;
            }
        }
        throttle.succeeded(user);
        signedIn.remember(request);
        try {
            chain.doFilter(request, response);
        } finally {
            signOut(request, response);
        }
    }

    /** {@code POST /api/v1/plugins/{plugin}/webhook/{company}}: the one operation without sign-in. */
    static boolean isWebhook(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && WEBHOOK.matcher(request.getRequestURI()
                .substring(request.getContextPath().length())).matches();
    }

    private static final java.util.regex.Pattern WEBHOOK = java.util.regex.Pattern.compile(
            "/api/v1/plugins/[A-Za-z0-9._-]+/webhook/[A-Za-z0-9._-]+");

    /**
     * Ends a Basic caller's sign-in with its request. Liberty signs a Basic caller in with a single-sign-on cookie
     * too (it is on for the web workspace); signing out takes that cookie off the answer, so an API caller gets
     * none. An answer already on its way (a streamed PDF or CSV) keeps it: Liberty cannot take a cookie back then.
     */
    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (!response.isCommitted()) {
            request.logout();
        }
    }

    /** The web workspace: the browser's session cookie signed the caller in; a change needs the CSRF token. */
    private void signedInBySession(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!csrf.allows(request, request.getUserPrincipal().getName())) {
            request.setAttribute(ProblemErrorServlet.DETAIL, Problem.of("csrf", "Forbidden", 403, "a change made in the"
                    + " web workspace needs its CSRF token (" + WorkspaceCsrf.HEADER + ", from the dunwell-csrf cookie)"));
            response.sendError(403);
            return;
        }
        csrf.issueWhenMissing(request.getUserPrincipal().getName(), request, response);
        signedIn.remember(request);
        chain.doFilter(request, response);
    }

    /** 401; the workspace's own calls get no Basic challenge (a browser would ask for a password itself). */
    private static void challenge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getHeader(PAGE_HEADER) == null) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        response.sendError(401);
    }

    /** user and password of a Basic header's value; null when it is not one. */
    private static String[] decode(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
