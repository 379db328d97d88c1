package org.dunwell.server.credit;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.ToLongFunction;
import org.dunwell.credit.api.Changed;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;

/**
 * The answer to a credit change: 200 with the subject (ETag: its version) when it applied, 204 when the
 * subject is gone, 202 Accepted with the waiting change in the body and its address in {@code Location}
 * when part of it needs a second person (ETag: the subject's version, with whatever tightened at once).
 */
final class ChangeAnswers {

    private ChangeAnswers() {
    }

    static <T> Response of(Changed<T> changed, UriInfo uri, ToLongFunction<T> version) {
        if (changed.waiting()) {
            Response.ResponseBuilder accepted = Response.accepted(changed.pending())
                    .location(Created.location(uri, "credit-changes", changed.pending().id()));
            if (changed.current() != null) {
                accepted.tag(ETags.of(version.applyAsLong(changed.current())));
            }
            return accepted.build();
        }
        if (changed.current() == null) {
            return Response.noContent().build();
        }
        return Response.ok(changed.current()).tag(ETags.of(version.applyAsLong(changed.current()))).build();
    }
}
