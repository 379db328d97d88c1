package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.CustomerVisibility;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aging as of any date, per customer and for every customer the caller sees, always computed live. */
@Path("/aging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class AgingResource {

    @Inject
    PoolsAndAging collections;

    @Inject
    CustomerVisibility visibility;

    @Inject
    CompanyContext companies;

    @Inject
    BusinessClock clock;

    @GET
    @Operation(summary = "Aging of every customer the caller sees", description = "Filter by pool; sort by account"
            + " (default), name or openBalance.")
    public AgingPage list(@QueryParam("asOf") String asOf, @QueryParam("pool") String pool,
                                @QueryParam("definition") String definition, @QueryParam("company") String company,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                @QueryParam("sort") String sort) {
        String code = companies.resolve(company);
        Page<AgingJson> result = collections.agingList(code, asOf(asOf), definition, visibility.scope(code, pool),
                PageRequest.parse(page, size, sort)).map(a -> AgingJson.of(a, definition));
        return new AgingPage(result.items(), result.page(), result.size(), result.total());
    }

    /**
     * A page of aging, with its element type spelled out: JSON-B serializes the items of a generic
     * {@code Page<T>} without their classes' annotations (the contract's null bounds and order).
     */
    @Schema(description = "A page of aging, with its element type spelled out: JSON-B serializes the items of a generic Page without their classes' annotations (the contract's null bounds and order).")
    public record AgingPage(List<AgingJson> items, int page, int size, long total) {
    }

    private LocalDate asOf(String value) {
        LocalDate date = Amounts.date("asOf", value);
        return date != null ? date : clock.today();
    }
}
