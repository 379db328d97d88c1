package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dunwell.collections.api.ReturnedPayment;
import org.dunwell.collections.api.ReturnedPayments;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.ledger.DocumentJson;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** NSF: a payment the bank returned unpaid. */
@Path("/payments/{document}/nsf")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class ReturnedPaymentsResource {

    /** The day it came back (default today), the bank's reason, an optional fee and its document number. */
    @Schema(description = "The day it came back (default today), the bank's reason, an optional fee and its document number.",
            example = "{\"reason\":\"insufficient funds\",\"fee\":\"15.00\",\"feeDocument\":\"FEE-1\"}")
    public record NsfInput(@Schema(ref = "Key") String company,
                           @Schema(ref = "Date") String date,
                           @Schema(required = true) String reason,
                           @Schema(ref = "Amount") String fee,
                           @Schema(ref = "Key") String feeDocument) {
    }

    /** The reversed payment, the invoices it had settled (reopened, PAYMENT_NOT_MADE), the fee posted. */
    @Schema(description = "The reversed payment, the invoices it had settled (reopened, PAYMENT_NOT_MADE), the fee posted.")
    public record NsfJson(@Schema(required = true) DocumentJson payment,
                          @Schema(required = true) List<DocumentJson> reopened,
                          DocumentJson fee) {
    }

    @Inject
    ReturnedPayments returned;

    @Inject
    CollectionsApi api;

    @POST
    @Operation(summary = "Record a returned payment (NSF)", description = "The payment is reversed, what it settled"
            + " reopens, an optional fee (in the customer's currency) is posted; the timeline and the collections"
            + " history show it. An unknown payment is 404, one already returned 409.")
    public NsfJson nsf(@PathParam("document") String document, NsfInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        String company = api.company(in.company());
        ReturnedPayment result = returned.returnPayment(company, document, Amounts.date("date", in.date()),
                in.reason(), Amounts.parse("fee", in.fee()), in.feeDocument(), api.scope(), api.caller());
        return new NsfJson(DocumentJson.of(result.payment()), result.reopened().stream().map(DocumentJson::of).toList(),
                result.fee() == null ? null : DocumentJson.of(result.fee()));
    }
}
