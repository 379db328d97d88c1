package org.dunwell.server.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The web workspace's sign-in form posts here: the user registry checks the password as it does
 * for HTTP Basic ({@code HttpServletRequest.login}), through the same failed-sign-in limit. The
 * server then hands the browser its single-sign-on cookie (LTPA: every server that shares the
 * installation's LTPA keys accepts it) and this servlet the CSRF token. {@code POST /signout} ends
 * the session (it needs the token too).
 */
@WebServlet(urlPatterns = {"/signin", "/signout"})
public class SignInPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInThrottle throttle;

    @Inject
    WorkspaceCsrf csrf;

    @Inject
    SignedInUsers signedIn;

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
