package org.dunwell.server.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dunwell.credit.api.CreditCheckView;
import org.dunwell.credit.api.CreditChecks;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Order credit checks (api-contract.md); the ERP polls the decision on a held order by its
 * reference.
 */
@Path("/credit-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
public class CreditChecksResource {

    /** The contract's request. */
    @Schema(description = "The contract's request.",
            example = "{\"account\":\"C1\",\"amount\":\"300.00\",\"currency\":\"USD\",\"orderReference\":\"SO-77\"}")
    public record CheckInput(@Schema(required = true, ref = "Key") String account,
                             @Schema(required = true, ref = "Amount") String amount,
                             @Schema(required = true, ref = "Currency") String currency,
                             @Schema(ref = "Key") String orderReference,
                             @Schema(ref = "Key") String company) {
    }

    @Inject
    CreditApi api;

    @Inject
    CreditChecks checks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.CREDIT_MANAGER})
    @Operation(summary = "Check an order", description = "The order amount counts in the exposure checked."
            + " REVIEW and BLOCKED put the order on the credit hold list; the same orderReference checked again"
            + " updates the same entry.")
    public CreditCheckView check(CheckInput in) {
        if (in == null || in.account() == null || in.account().isBlank()) {
            throw InvalidInputException.ofField("account", "is required");
        }
        String code = api.company(in.company());
        return checks.check(code, in.account(), CreditApi.money("amount", in.amount(), in.currency()),
                in.orderReference(), api.scope(), api.caller().name());
    }

    @GET
    @Path("{orderReference}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK,
            Roles.SENIOR_APPROVER, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "The latest check of an order and credit's decision on it", description = "What the ERP"
            + " polls: holdStatus RELEASED means the order may go ahead, REJECTED that it may not.")
    public CreditCheckView byOrder(@PathParam("orderReference") String orderReference,
                                   @QueryParam("company") String company) {
        return checks.byOrder(api.company(company), orderReference);
    }

}
