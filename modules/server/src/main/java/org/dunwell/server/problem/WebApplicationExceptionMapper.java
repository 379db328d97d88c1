package org.dunwell.server.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (404 no such resource, 405, 406, 415, unreadable bodies) would
 * otherwise bypass a {@code Throwable} mapper in some runtimes: map them explicitly.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException failure) {
        return Problems.toResponse(failure);
    }
}
