package org.dunwell.server.ledger;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Currency;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CompanyView;
import org.dunwell.server.platform.AcrossCompanies;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.dunwell.server.platform.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Legal entities and their accounting currencies. Everyone reads; administrators change. */
@Path("/companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@AcrossCompanies
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CompaniesResource {

    /** A company as the API shows it. */
    @Schema(description = "A company as the API shows it.")
    public record CompanyJson(@Schema(required = true, ref = "Key") String code,
                              @Schema(required = true) String name,
                              @Schema(required = true, ref = "Currency") String accountingCurrency,
                              String settlementOrder,
                              @Schema(required = true, description = "The language letters and reminders fall back"
                                      + " to when neither contact nor customer has one") String language,
                              long version) {
        static CompanyJson of(CompanyView view) {
            return new CompanyJson(view.code().value(), view.name(), view.accountingCurrency().getCurrencyCode(),
                    view.settlementOrder(), view.language(), view.version());
        }
    }

    /** The body of a new company. */
    @Schema(description = "The body of a new company.",
            example = "{\"code\":\"DW02\",\"name\":\"Dunwell Two\",\"accountingCurrency\":\"USD\"}")
    public record NewCompanyJson(@Schema(required = true, ref = "Key") String code,
                                 @Schema(required = true) String name,
                                 @Schema(required = true, ref = "Currency") String accountingCurrency,
                                 String settlementOrder,
                                 @Schema(description = "A language code such as en, de or fr-CA (default en)")
                                 String language,
                                 String reason) {
    }

    /** The body of a change: only the fields given change. */
    @Schema(description = "The body of a change: only the fields given change.",
            example = "{\"name\":\"Dunwell Two Ltd\",\"reason\":\"new legal name\"}")
    public record CompanyChangeJson(String name,
                                    @Schema(ref = "Currency") String accountingCurrency,
                                    String settlementOrder,
                                    @Schema(description = "A language code such as en, de or fr-CA")
                                    String language,
                                    String reason) {
    }

    @Inject
    Companies companies;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The companies (legal entities) and their accounting currencies")
    public Page<CompanyJson> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                  @QueryParam("sort") String sort) {
        return companies.list(PageRequest.parse(page, size, sort)).map(CompanyJson::of);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One company")
    @APIResponse(responseCode = "200", description = "The company (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CompanyJson.class)))
    public Response get(@PathParam("code") String code) {
        return withETag(Response.ok(), companies.get(CompanyCode.of(code)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Create a company", description = "code, name and accountingCurrency are required.")
    @APIResponse(responseCode = "201", description = "The new company (ETag, Location)",
            content = @Content(schema = @Schema(implementation = CompanyJson.class)))
    public Response create(NewCompanyJson body, @Context UriInfo uri) {
        if (body == null) {
            throw new InvalidInputException("a company is required in the body");
        }
        if (body.code() == null) {
            throw InvalidInputException.ofField("code", "is required");
        }
        CompanyView created = companies.create(CompanyCode.of(body.code()),
                new CompanyDraft(body.name(), currency(body.accountingCurrency()), body.settlementOrder(),
                        body.language()),
                caller.name(), body.reason());
        return Created.at(uri, CompanyJson.of(created), created.version(), "companies", created.code().value());
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Change a company's name, currency, settlement order or language (If-Match)")
    @APIResponse(responseCode = "200", description = "The changed company",
            content = @Content(schema = @Schema(implementation = CompanyJson.class)))
    public Response update(@PathParam("code") String code, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CompanyChangeJson body) {
        long version = ETags.requireVersion(ifMatch);
        if (body == null) {
            throw new InvalidInputException("the changes are required in the body");
        }
        CompanyView updated = companies.update(CompanyCode.of(code), version,
                new CompanyDraft(body.name(), currency(body.accountingCurrency()), body.settlementOrder(),
                        body.language()),
                caller.name(), body.reason());
        return withETag(Response.ok(), updated);
    }

    private static Currency currency(String code) {
        return code == null ? null : Money.currency(code);
    }

    private static Response withETag(Response.ResponseBuilder response, CompanyView view) {
        return response.tag(ETags.of(view.version())).entity(CompanyJson.of(view)).build();
    }
}
