package org.dunwell.server.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.dunwell.credit.api.Changed;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.credit.api.RiskScore;
import org.dunwell.credit.api.RiskScores;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's credit: profile and exposure, its changes and their history, the ERP's order figures. */
@Path("/customers/{account}/credit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CustomerCreditResource {

    /** Changes to the credit settings; null leaves a field as it is, "" clears it. */
    @Schema(description = "Changes to the credit settings; null leaves a field as it is, \"\" clears it.",
            example = "{\"limitType\":\"BALANCE\",\"reason\":\"standard terms\"}")
    public record ProfileInput(@Schema(implementation = LimitType.class) String limitType,
                               Boolean mandatoryLimit,
                               @Schema(ref = "Key") String limitGroup,
                               @Schema(ref = "Date") String limitExpiresOn,
                               String holdReason,
                               String holdNote,
                               Integer bureauScore,
                               @Schema(required = true) String reason) {
    }

    /** The ERP's packing-slip and open-order totals, in the customer's currency. */
    @Schema(description = "The ERP's packing-slip and open-order totals, in the customer's currency, and the checked"
            + " orders the open-order total includes.",
            example = "{\"packingSlips\":\"0.00\",\"openOrders\":\"150.00\"}")
    public record ErpFiguresInput(@Schema(required = true, ref = "Amount") String packingSlips,
                                  @Schema(required = true, ref = "Amount") String openOrders,
                                  @Schema(description = "References of the checked orders the openOrders total"
                                          + " includes: they no longer count on top of it")
                                  List<String> orders) {
    }

    @Inject
    CreditApi api;

    @Inject
    CreditProfiles profiles;

    @Inject
    RiskScores scores;

    @GET
    @Operation(summary = "Credit profile and exposure as of a date", description = "asOf defaults to the business"
            + " date. Limit, limit type, group, hold, exposure by its parts, available credit, insurance split,"
            + " risk score and payment history.")
    @APIResponse(responseCode = "200", description = "The credit profile (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CreditProfileView.class)))
    public Response get(@PathParam("account") String account, @QueryParam("company") String company,
                        @QueryParam("asOf") String asOf) {
        String code = api.company(company);
        CreditProfileView view = profiles.profile(code, account, api.asOf(asOf), api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Change the credit settings", description = "Needs If-Match and a reason. holdReason puts"
            + " the customer on credit hold (a code), \"\" releases it. The limit itself changes only through"
            + " credit limit requests. What tightens applies at once; what would raise the customer's headroom (a"
            + " limit type that counts less, mandatoryLimit off, joining, switching or leaving a group, a later or no"
            + " review date, a released hold, a higher bureau score) waits for a second person: 202 with the"
            + " credit change.")
    @APIResponse(responseCode = "200", description = "The changed profile",
            content = @Content(schema = @Schema(implementation = CreditProfileView.class)))
    @APIResponse(responseCode = "202", description = "Part of the change waits for approval (Location: the credit"
            + " change; ETag: the profile's version)",
            content = @Content(schema = @Schema(implementation = CreditChangeView.class)))
    public Response update(@PathParam("account") String account, @QueryParam("company") String company,
                           @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProfileInput in,
                           @Context UriInfo uri) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw new InvalidInputException("the changes are required in the body");
        }
        String code = api.company(company);
        Changed<CreditProfileView> changed = profiles.update(code, account, version, new ProfileChanges(
                limitType(in.limitType()), in.mandatoryLimit(), in.limitGroup(), in.limitExpiresOn(), in.holdReason(),
                in.holdNote(), in.bureauScore()), api.scope(), api.caller().name(), in.reason());
        return ChangeAnswers.of(changed, uri, CreditProfileView::version);
    }

    @PUT
    @Path("erp-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Operation(summary = "The ERP reports packing slips and open orders", description = "They count in the"
            + " exposure for the limit types that include them. An order approved here counts as open on top of the"
            + " ERP's total until the ERP names it in orders (or the company's approvedOrderDays pass).")
    @APIResponse(responseCode = "200", description = "The profile with the ERP's figures",
            content = @Content(schema = @Schema(implementation = CreditProfileView.class)))
    public Response erpFigures(@PathParam("account") String account, @QueryParam("company") String company,
                               ErpFiguresInput in) {
        if (in == null) {
            throw new InvalidInputException("packingSlips and openOrders are required in the body");
        }
        String code = api.company(company);
        CreditProfileView view = profiles.erpFigures(code, account, Amounts.parse("packingSlips", in.packingSlips()),
                Amounts.parse("openOrders", in.openOrders()), in.orders(), api.scope(), api.caller().name());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("history")
    @Operation(summary = "Every change to the customer's credit", description = "Who, when, old → new, why.")
    public Page<AuditEntry> history(@PathParam("account") String account, @QueryParam("company") String company,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String code = api.company(company);
        return profiles.history(code, account, api.scope(), PageRequest.parse(page, size, null));
    }

    @POST
    @Path("risk-score")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Score the customer now", description = "Stores the score and risk group.")
    public RiskScore score(@PathParam("account") String account, @QueryParam("company") String company) {
        String code = api.company(company);
        return scores.score(code, account, null, api.scope(), api.caller().name());
    }

    static LimitType limitType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LimitType.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField("limitType", "one of " + List.of(LimitType.values()));
        }
    }
}
