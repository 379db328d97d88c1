package org.dunwell.server.dunning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.dunwell.dunning.api.DayBasis;
import org.dunwell.dunning.api.InterestCalculation;
import org.dunwell.dunning.api.InterestCodeView;
import org.dunwell.dunning.api.InterestCodes;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Interest codes: yearly rates by date and amount range, day basis, calculation, minimum, interest on fees. */
@Path("/interest-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dunning")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class InterestCodesResource {

    /** An interest code as written, and why. */
    @Schema(name = "InterestCodeInput", description = "An interest code: basis ACTUAL_365 | ACTUAL_360 | THIRTY_360,"
            + " calculation FROM_DUE_DATE | REMAINING_BALANCE, minimumInterest, onFees, onInterest (both off by"
            + " default), rates; reason required; replacing one needs If-Match.",
            example = "{\"basis\":\"ACTUAL_365\",\"calculation\":\"FROM_DUE_DATE\",\"rates\":[{\"validFrom\":\"2026-01-01\","
                    + "\"percent\":\"9.12\"}],\"reason\":\"statutory rate\"}")
    public record InterestCodeInput(@Schema(ref = "Key") String company, String description, String basis,
                                    String calculation, @Schema(ref = "Amount") BigDecimal minimumInterest,
                                    Boolean onFees, Boolean onInterest, List<InterestCodeView.Rate> rates,
                                    @Schema(required = true) String reason) {
    }

    @Inject
    InterestCodes codes;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "The company's interest codes")
    public List<InterestCodeView> list(@QueryParam("company") String company) {
        return codes.list(api.company(company));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One interest code (ETag: its version)")
    @APIResponse(responseCode = "200", description = "The interest code",
            content = @Content(schema = @Schema(implementation = InterestCodeView.class)))
    public Response get(@PathParam("code") String code, @QueryParam("company") String company) {
        InterestCodeView view = codes.get(api.company(company), code);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Create or replace an interest code", description = "Rates may not overlap (a day and a"
            + " balance have one rate); audited with the reason.")
    @APIResponse(responseCode = "200", description = "The interest code (ETag)",
            content = @Content(schema = @Schema(implementation = InterestCodeView.class)))
    public Response put(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        InterestCodeInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("rates", "are required");
        }
        String company = api.company(in.company());
        Long version = ifMatch == null ? null : ETags.requireVersion(ifMatch);
        InterestCodeView view = codes.put(company, new InterestCodeView(company, code, in.description(),
                CollectionsApi.choice(DayBasis.class, "basis", in.basis()),
                CollectionsApi.choice(InterestCalculation.class, "calculation", in.calculation()),
                in.minimumInterest(), Boolean.TRUE.equals(in.onFees()), Boolean.TRUE.equals(in.onInterest()),
                in.rates(), 0), version, in.reason(), api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
