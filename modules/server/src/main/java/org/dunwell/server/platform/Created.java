package org.dunwell.server.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A {@code 201 Created} answer: the new resource in the body, its version as {@code ETag} where it has
 * one, and its address in {@code Location}, under the API's base and with the request's
 * {@code company} parameter, so that the address names the same company's resource.
 */
public final class Created {

    private Created() {
    }

    /** 201 for a resource at {@code segments} under the API's base ({@code "pools", name}). */
    public static Response at(UriInfo uri, Object entity, Long version, Object... segments) {
        Response.ResponseBuilder response = Response.created(location(uri, segments)).entity(entity);
        if (version != null) {
            response.tag(ETags.of(version));
        }
        return response.build();
    }

    /** The address of a resource at {@code segments} under the API's base, with the request's company. */
    public static URI location(UriInfo uri, Object... segments) {
        URI base = uri.getBaseUri();
        StringBuilder path = new StringBuilder(base.getPath());
        for (Object segment : segments) {
            if (path.charAt(path.length() - 1) != '/') {
                path.append('/');
            }
            path.append(segment);
        }
        String company = uri.getQueryParameters().getFirst("company");
        String query = company == null || company.isBlank() ? null : "company=" + company.trim();
        try {
            // the multi-argument constructor quotes what a path or query may not hold as it is
            return new URI(base.getScheme(), base.getAuthority(), path.toString(), query, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no address for " + path, e);
        }
    }
}
