package org.dunwell.server.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the web workspace signs people in. {@code GET /signin} tells the sign-in page which way this
 * installation uses ({@code dunwell.signin.method}): its own form, or a redirect to an OpenID Connect
 * provider through {@code /signin/oidc}, which the server's OpenID Connect client guards (signin-oidc.xml) and
 * which, once the provider has named the user, hands out the CSRF token and goes on to the page wanted.
 * <p>
 * The web workspace's sign-in form posts here: the user registry checks the password as it does
 * for HTTP Basic ({@code HttpServletRequest.login}), through the same failed-sign-in limit. The
 * server then hands the browser its single-sign-on cookie (LTPA: every server that shares the
 * installation's LTPA keys accepts it) and this servlet the CSRF token. {@code POST /signout} ends
 * the session (it needs the token too).
 */
@WebServlet(urlPatterns = {"/signin", "/signout", "/signin/oidc"})
public class SignInPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInThrottle throttle;

    @Inject
    WorkspaceCsrf csrf;

    @Inject
    SignedInUsers signedIn;

    @Inject
    @ConfigProperty(name = "dunwell.signin.method", defaultValue = "form")
    String method;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/signin/oidc".equals(request.getServletPath())) {
            cameBackFromTheProvider(request, response);
            return;
        }
        if (!"/signin".equals(request.getServletPath())) {
            response.sendError(405);
            return;
        }
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("method", singleSignOn() ? "oidc" : "form")
                .build().toString());
    }

    private boolean singleSignOn() {
        return "oidc".equalsIgnoreCase(method.strip());
    }

    /** The container lets only a signed-in user with a Dunwell role through to here (web.xml). */
    private void cameBackFromTheProvider(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            back(request, response, "error=invalid");
            return;
        }
        signedIn.remember(request);
        csrf.issue(request.getUserPrincipal().getName(), request, response);
        response.sendRedirect(request.getContextPath() + "/" + safeNext(request.getParameter("next")));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if ("/signout".equals(request.getServletPath())) {
            signOut(request, response);
            return;
        }
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            back(request, response, "error=invalid");
            return;
        }
        user = user.strip();
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(user, address);
        if (!wait.isZero() && !wait.isNegative()) {
            back(request, response, "error=held&retry=" + Math.max(1, wait.toSeconds() + 1));
            return;
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        try {
            request.login(user, password);
        } catch (ServletException wrong) {
            throttle.failed(user, address);
            back(request, response, "error=invalid");
            return;
        }
        throttle.succeeded(user);
        signedIn.remember(request);
        csrf.issue(request.getUserPrincipal().getName(), request, response);
        response.sendRedirect(request.getContextPath() + "/" + safeNext(request.getParameter("next")));
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && !csrf.validToken(request.getUserPrincipal().getName(), request.getParameter("csrf"))) {
            response.sendError(403, "the sign-out needs the page's CSRF token");
            return;
        }
        request.logout();
        csrf.clear(request, response);
        back(request, response, "signedOut");
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String query) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.html?" + query);
    }

    /** Only a page of this application, never another site (no open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.matches("[A-Za-z0-9._/#?=&-]*") || next.startsWith("/") || next.contains("//")) {
            return "";
        }
        return next;
    }
}
