package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.ExchangeRateView;
import org.dunwell.ledger.api.ExchangeRates;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exchange rates by day: 1 unit of a currency in the company's accounting currency. */
@Path("/exchange-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class ExchangeRatesResource {

    /** A rate as the API shows and takes it; the rate is a decimal string. */
    @Schema(description = "A rate as the API shows and takes it; the rate is a decimal string.",
            example = "{\"currency\":\"EUR\",\"date\":\"2026-11-01\",\"rate\":\"1.08\"}")
    public record RateJson(@Schema(ref = "Key") String company,
                           @Schema(required = true, ref = "Currency") String currency,
                           @Schema(required = true) LocalDate date,
                           @Schema(required = true, ref = "Decimal") String rate) {
        static RateJson of(ExchangeRateView v) {
            return new RateJson(v.company(), v.currency(), v.validFrom(), v.rate().toPlainString());
        }
    }

    @Inject
    ExchangeRates rates;

    @Inject
    CompanyContext companies;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Exchange rates, by currency and day", description = "1 unit of currency = rate units of the company's accounting currency, from date on.")
    public Page<RateJson> list(@QueryParam("company") String company, @QueryParam("currency") String currency,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return rates.list(companies.resolve(company), DocumentsEndpoint.blankToNull(currency),
                PageRequest.parse(page, size, null)).map(RateJson::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Operation(summary = "Set a currency's rate from a day on")
    public RateJson put(RateJson in) {
        if (in == null || in.currency() == null || in.rate() == null) {
            throw new InvalidInputException("currency, date and rate are required");
        }
        return RateJson.of(rates.put(companies.resolve(in.company()), in.currency(), in.date(),
                Amounts.decimal("rate", in.rate(), 11, 8), caller.name()));
    }
}
