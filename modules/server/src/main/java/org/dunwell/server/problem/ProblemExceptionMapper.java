package org.dunwell.server.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one exception mapper of the API: every failure, ours or the container's, answers
 * {@code application/problem+json} (see {@link Problems}).
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable failure) {
        return Problems.toResponse(failure);
    }
}
