package org.dunwell.server.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the web container (web.xml): what the container answers by itself
 * (the 401 challenge, 403 of a security constraint, a 404 outside the API) gets the same
 * problem+json body as the API's own errors.
 */
@WebServlet(name = "problem-error-page", urlPatterns = "/problem-error")
public class ProblemErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A request attribute: the problem a filter answered with {@code sendError}, when the status alone says too little. */
    public static final String DETAIL = "org.dunwell.problem";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        if (status < 400) {
            status = 404;
        }
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Problem problem = request.getAttribute(DETAIL) instanceof Problem own ? own
                : cause != null && status >= 500 ? Problems.toProblem(cause) : Problems.fromStatus(status, null);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson().toString());
    }
}
