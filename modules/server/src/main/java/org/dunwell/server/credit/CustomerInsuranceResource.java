package org.dunwell.server.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.InsuranceTerms;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** A customer's trade-credit insurance and what it covers of the exposure. */
@Path("/customers/{account}/insurance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT, Roles.CREDIT_MANAGER,
        Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CustomerInsuranceResource {

    /** A policy's terms; amounts as strings in {@code currency} (the customer's). */
    @Schema(description = "A policy's terms; amounts as strings in currency (the customer's).",
            example = "{\"insurer\":\"Atradius\",\"policy\":\"POL-1\",\"insuredLimit\":\"1000.00\",\"coveragePercent\":\"90\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\",\"reason\":\"cover granted\"}")
    public record InsuranceInput(String insurer,
                                 String policy,
                                 @Schema(ref = "Amount") String insuredLimit,
                                 @Schema(ref = "Currency") String currency,
                                 @Schema(ref = "Decimal") String coveragePercent,
                                 @Schema(ref = "Date") String validFrom,
                                 @Schema(ref = "Date") String validTo,
                                 @Schema(required = true) String reason) {
    }

    @Inject
    CreditApi api;

    @Inject
    CreditProfiles profiles;

    @GET
    @Operation(summary = "The customer's insurance policy and what it covers as of a date")
    @APIResponse(responseCode = "200", description = "The policy (ETag: its version); 404 when the customer is not insured",
            content = @Content(schema = @Schema(implementation = CreditProfileView.Insurance.class)))
    public Response get(@PathParam("account") String account, @QueryParam("company") String company,
                        @QueryParam("asOf") String asOf) {
        String code = api.company(company);
        CreditProfileView.Insurance insurance = profiles.profile(code, account, api.asOf(asOf), api.scope()).insurance();
        if (insurance == null) {
            throw new NotFoundException("insurance of customer", account);
        }
        return Response.ok(insurance).tag(ETags.of(insurance.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Insure the customer or change the policy", description = "If-Match is needed to change an"
            + " existing policy; a reason is always needed.")
    @APIResponse(responseCode = "200", description = "The policy as it is now",
            content = @Content(schema = @Schema(implementation = CreditProfileView.Insurance.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response put(@PathParam("account") String account, @QueryParam("company") String company,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InsuranceInput in) {
        if (in == null) {
            throw new InvalidInputException("the policy is required in the body");
        }
        String code = api.company(company);
        CreditProfileView current = profiles.profile(code, account, null, api.scope());
        Long version = current.insurance() == null ? null : ETags.requireVersion(ifMatch);
        CreditProfileView.Insurance saved = profiles.putInsurance(code, account, version, new InsuranceTerms(
                in.insurer(), in.policy(), in.insuredLimit() == null ? null
                : CreditApi.money("insuredLimit", in.insuredLimit(), in.currency() != null ? in.currency()
                : current.currency()), Amounts.decimal("coveragePercent", in.coveragePercent(), 3, 2),
                Amounts.date("validFrom", in.validFrom()), Amounts.date("validTo", in.validTo())),
                api.scope(), api.caller().name(), in.reason());
        return Response.ok(saved).tag(ETags.of(saved.version())).build();
    }

    @DELETE
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "End the customer's insurance (with a reason)")
    @APIResponse(responseCode = "204", description = "The customer is no longer insured")
    public Response delete(@PathParam("account") String account, @QueryParam("company") String company,
                           @QueryParam("reason") String reason) {
        String code = api.company(company);
        profiles.removeInsurance(code, account, api.scope(), api.caller().name(), reason);
        return Response.noContent().build();
    }
}
