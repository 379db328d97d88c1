package org.dunwell.server.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.dunwell.kernel.api.AdjustableClock;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The business date the server works with. Administrators of a demo or test server may move
 * it ({@code dunwell.clock.adjustable=true}); production leaves it on the real date.
 */
@Path("/admin/business-date")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@AcrossCompanies
public class BusinessDateResource {

    /** The business date as JSON. */
    @Schema(description = "The business date as JSON.",
            example = "{\"date\":\"2026-11-22\"}")
    public record BusinessDate(@Schema(required = true) LocalDate date) {
    }

    @Inject
    BusinessClock clock;

    @Inject
    AdjustableClock adjustable;

    @Inject
    @ConfigProperty(name = "dunwell.clock.adjustable", defaultValue = "false")
    boolean adjustableAllowed;

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.CREDIT_MANAGER, Roles.SENIOR_APPROVER,
            Roles.CREDIT_CLERK, Roles.COLLECTIONS_AGENT, Roles.INTEGRATION})
    @Operation(summary = "The server's business date")
    public BusinessDate get() {
        return new BusinessDate(clock.today());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Move the business date (demo and test servers only)", description = "409 where dunwell.clock.adjustable is false.")
    public BusinessDate set(BusinessDate date) {
        if (!adjustableAllowed) {
            throw new ConflictException("this server's business date follows the real date"
                    + " (dunwell.clock.adjustable=false)");
        }
        if (date == null || date.date() == null) {
            throw InvalidInputException.ofField("date", "is required (YYYY-MM-DD)");
        }
        adjustable.setDate(date.date());
        return new BusinessDate(clock.today());
    }
}
