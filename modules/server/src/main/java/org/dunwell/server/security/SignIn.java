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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dunwell.collections.api.UserDirectory;
import org.dunwell.kernel.api.UserName;

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
    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    SignInThrottle throttle;

    @Inject
    UserDirectory users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        String[] credentials = header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                ? decode(header.substring(6).trim()) : null;
        if (credentials == null) {
            challenge(response);
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
        try {
            request.login(user, credentials[1]);
        } catch (ServletException wrong) {
            throttle.failed(user, address);
            challenge(response);
            return;
        }
        throttle.succeeded(user);
        remember(request);
        try {
            chain.doFilter(request, response);
        } finally {
            request.logout();
        }
    }

    /** Collections learns who signed in, to know whom work can be handed to; a failure there fails no request. */
    private void remember(HttpServletRequest request) {
        try {
            users.signedIn(UserName.of(request.getUserPrincipal().getName()),
                    CustomerVisibility.seesAllCustomers(request::isUserInRole));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the sign-in of " + request.getUserPrincipal().getName(), e);
        }
    }

    private static void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
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
