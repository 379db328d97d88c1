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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.dunning.api.Letters;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.AccountQueries;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.CustomerDraft;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.SettlementView;
import org.dunwell.ledger.api.Settlements;
import org.dunwell.ledger.api.Statement;
import org.dunwell.server.collections.AgingJson;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customer accounts, their open items, statements, settlements and change history. */
@Path("/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CustomersResource {

    /** Customer fields in a request; on creation account, name and currency are required. */
    @Schema(description = "Customer fields in a request; on creation account, name and currency are required.",
            example = "{\"account\":\"C3\",\"name\":\"Cobalt Ltd\",\"currency\":\"USD\",\"region\":\"NORTH\",\"paymentTermsDays\":30,\"creditLimit\":\"2000.00\",\"email\":\"ap@cobalt.example\"}")
    public record CustomerInput(@Schema(ref = "Key") String company,
                                @Schema(ref = "Key") String account,
                                String name,
                                @Schema(ref = "Currency") String currency,
                                String language,
                                String group,
                                String region,
                                Integer paymentTermsDays,
                                @Schema(ref = "Amount") String creditLimit,
                                String email,
                                String phone,
                                String responsibleEmployee,
                                List<ContactInput> contacts,
                                String reason) {

        CustomerDraft draft() {
            return new CustomerDraft(name, currency, language, group, region, paymentTermsDays,
                    Amounts.parse("creditLimit", creditLimit), email, phone, responsibleEmployee,
                    contacts == null ? null : IntStream.range(0, contacts.size())
                            .mapToObj(i -> ContactInput.view(i, contacts.get(i))).toList());
        }
    }

    /** A contact person of the customer, known by its name within the customer. */
    @Schema(description = "A contact person of the customer, known by its name within the customer. Letters and"
            + " reminders go to the primary COLLECTIONS contact, else the first COLLECTIONS contact by name, else the"
            + " customer's email. At most one primary contact per purpose.",
            example = "{\"name\":\"Ann Payer\",\"purpose\":\"COLLECTIONS\",\"primary\":true,\"role\":\"Accounts payable\",\"email\":\"ann@acme.example\",\"language\":\"en\"}")
    public record ContactInput(@Schema(required = true) String name,
                               @Schema(required = true, enumeration = {"COLLECTIONS", "BILLING", "CREDIT", "OTHER"})
                               String purpose,
                               Boolean primary, String role, String email, String phone,
                               @Schema(description = "A language code such as en, de or fr-CA") String language) {

        static ContactView view(int index, ContactInput in) {
            if (in == null) {
                throw InvalidInputException.ofField("contacts[" + index + "]", "must be a contact, not null");
            }
            ContactPurpose purpose = in.purpose == null ? null : ContactPurpose.of(in.purpose).orElseThrow(() ->
                    InvalidInputException.ofField("contacts[" + index + "].purpose", "must be one of "
                            + Arrays.toString(ContactPurpose.values())));
            return new ContactView(in.name, purpose, Boolean.TRUE.equals(in.primary), in.role, in.email, in.phone,
                    in.language);
        }
    }

    /** An open item as the API shows it. */
    @Schema(description = "An open item as the API shows it.")
    public record OpenItemJson(@Schema(required = true, ref = "Key") String document,
                               @Schema(required = true, enumeration = {"INVOICE", "FEE", "INTEREST", "CREDIT_NOTE", "PAYMENT", "WRITE_OFF"}) String kind,
                               @Schema(required = true) LocalDate documentDate,
                               LocalDate dueDate,
                               @Schema(required = true, ref = "Currency") String currency,
                               @Schema(required = true, ref = "Amount") String amount,
                               @Schema(required = true, ref = "Amount") String openAmount,
                               @Schema(required = true) String collectionStatus,
                               String reference,
                               String customerPo,
                               String description) {
        static OpenItemJson of(OpenItem i) {
            return new OpenItemJson(i.document(), i.kind().name(), i.documentDate(), i.dueDate(),
                    i.amount().currency().getCurrencyCode(), i.amount().toPlainString(),
                    i.openAmount().toPlainString(), i.collectionStatus().name(), i.reference(), i.customerPo(),
                    i.description());
        }
    }

    /** A settlement as the API shows it. */
    @Schema(description = "A settlement as the API shows it.")
    public record SettlementJson(long id,
                                 @Schema(required = true, ref = "Key") String company,
                                 @Schema(required = true, ref = "Key") String account,
                                 @Schema(required = true, ref = "Key") String debitDocument,
                                 @Schema(required = true, ref = "Key") String creditDocument,
                                 @Schema(required = true, ref = "Currency") String currency,
                                 @Schema(required = true, ref = "Amount") String amount,
                                 @Schema(required = true) LocalDate settledOn,
                                 LocalDate undoneOn,
                                 String undoReason,
                                 @Schema(required = true) String createdBy) {
        static SettlementJson of(SettlementView s) {
            return new SettlementJson(s.id(), s.company(), s.account(), s.debitDocument(), s.creditDocument(),
                    s.amount().currency().getCurrencyCode(), s.amount().toPlainString(), s.settledOn(),
                    s.undoneOn(), s.undoReason(), s.createdBy());
        }
    }

    /** A customer's statement as of a date. */
    @Schema(description = "A customer's statement as of a date.")
    public record StatementJson(@Schema(required = true, ref = "Key") String company,
                                @Schema(required = true, ref = "Key") String account,
                                @Schema(required = true, ref = "Currency") String currency,
                                @Schema(required = true) LocalDate asOf,
                                @Schema(required = true, ref = "Amount") String balance,
                                @Schema(required = true) List<OpenItemJson> openItems,
                                @Schema(required = true) List<SettlementJson> settlements) {
        static StatementJson of(Statement s) {
            return new StatementJson(s.company(), s.account(), s.currency(), s.asOf(), s.balance().toPlainString(),
                    s.openItems().stream().map(OpenItemJson::of).toList(),
                    s.settlements().stream().map(SettlementJson::of).toList());
        }
    }

    @Inject
    Customers customers;

    @Inject
    AccountQueries accounts;

    @Inject
    Settlements settlements;

    @Inject
    Letters letters;

    @Inject
    AuditTrail audit;

    @Inject
    CompanyContext companies;

    @Inject
    BusinessClock clock;

    @Inject
    Caller caller;

    @Inject
    CustomerVisibility visibility;

    @Inject
    PoolsAndAging collections;

    @GET
    @Operation(summary = "List customers", description = "Filters: region, group, currency, q (account or name).")
    public Page<CustomerJson> list(@QueryParam("company") String company, @QueryParam("region") String region,
                                   @QueryParam("group") String group, @QueryParam("currency") String currency,
                                   @QueryParam("q") String text, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return customers.list(new CustomerFilter(companies.resolve(company), DocumentsEndpoint.blankToNull(region),
                        DocumentsEndpoint.blankToNull(group), DocumentsEndpoint.blankToNull(currency),
                        DocumentsEndpoint.blankToNull(text), visibility.scope()), PageRequest.parse(page, size, sort))
                .map(CustomerJson::of);
    }

    @GET
    @Path("{account}")
    @Operation(summary = "One customer")
    @APIResponse(responseCode = "200", description = "The customer (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CustomerJson.class)))
    public Response get(@PathParam("account") String account, @QueryParam("company") String company) {
        return withETag(Response.ok(), visible(company, account));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Operation(summary = "Create a customer", description = "account, name and currency are required; the ERP's initial creditLimit is taken as it is.")
    @APIResponse(responseCode = "201", description = "The new customer (ETag, Location)",
            content = @Content(schema = @Schema(implementation = CustomerJson.class)))
    public Response create(CustomerInput in, @Context UriInfo uri) {
        if (in == null || in.account() == null) {
            throw InvalidInputException.ofField("account", "is required");
        }
        CustomerView created = customers.create(companies.resolve(in.company()), in.account(), in.draft(),
                caller.name());
        return Created.at(uri, CustomerJson.of(created), created.version(), "customers", created.account());
    }

    @PUT
    @Path("{account}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Change a customer", description = "Needs If-Match with the ETag last read. Only the fields"
            + " given change; contacts, when given, replace the list.")
    @APIResponse(responseCode = "200", description = "The changed customer",
            content = @Content(schema = @Schema(implementation = CustomerJson.class)))
    public Response update(@PathParam("account") String account, @QueryParam("company") String company,
                           @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CustomerInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw new InvalidInputException("the changes are required in the body");
        }
        if (in.account() != null && !in.account().equals(account)) {
            throw InvalidInputException.ofField("account", "cannot change");
        }
        visible(company, account);
        return withETag(Response.ok(), customers.update(companies.resolve(company), account, version, in.draft(),
                caller.name(), in.reason()));
    }

    @GET
    @Path("{account}/open-items")
    @Operation(summary = "Open items as of a date", description = "asOf defaults to the business date.")
    public List<OpenItemJson> openItems(@PathParam("account") String account, @QueryParam("company") String company,
                                        @QueryParam("asOf") String asOf) {
        visible(company, account);
        return accounts.openItems(companies.resolve(company), account, asOf(asOf)).stream()
                .map(OpenItemJson::of).toList();
    }

    @GET
    @Path("{account}/statement")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @Operation(summary = "Statement as of a date", description = "Open items, balance and the settlement history;"
            + " format=pdf: the account statement as PDF in the customer's letter language (open items with days"
            + " overdue, balance, overdue amount).")
    @APIResponse(responseCode = "200", description = "The statement (JSON), or its PDF (format=pdf)", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementJson.class)),
        @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response statement(@PathParam("account") String account, @QueryParam("company") String company,
                              @QueryParam("asOf") String asOf, @QueryParam("format") String format) {
        String code = companies.resolve(company);
        if (format != null && !format.isBlank() && !"pdf".equalsIgnoreCase(format.strip())
                && !"json".equalsIgnoreCase(format.strip())) {
            throw InvalidInputException.ofField("format", "must be json or pdf");
        }
        if (format != null && "pdf".equalsIgnoreCase(format.strip())) {
            LocalDate day = asOf(asOf);
            byte[] pdf = letters.statementPdf(code, account, day, visibility.scope());
            return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"statement-"
                    + account + "-" + day + ".pdf\"").build();
        }
        visible(company, account);
        return Response.ok(StatementJson.of(accounts.statement(code, account, asOf(asOf))),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{account}/settlements")
    @Operation(summary = "The customer's settlements, oldest first", description = "Each payment or credit note applied to an invoice, with its date, and its undoing.")
    public Page<SettlementJson> settlements(@PathParam("account") String account,
                                            @QueryParam("company") String company, @QueryParam("page") Integer page,
                                            @QueryParam("size") Integer size) {
        visible(company, account);
        return settlements.forCustomer(companies.resolve(company), account, PageRequest.parse(page, size, null))
                .map(SettlementJson::of);
    }

    @GET
    @Path("{account}/aging")
    @Operation(summary = "A customer's aging as of a date", description = "asOf defaults to the business date;"
            + " definition defaults to 'standard'. Amounts in the customer's currency.")
    public AgingJson aging(@PathParam("account") String account,
                                                          @QueryParam("asOf") String asOf,
                                                          @QueryParam("definition") String definition,
                                                          @QueryParam("company") String company) {
        return AgingJson.of(collections.aging(companies.resolve(company), account,
                asOf(asOf), definition, visibility.scope()), definition);
    }

    @GET
    @Path("{account}/history")
    @Operation(summary = "Changes to the customer's master data", description = "Who, when, old → new, why.")
    public Page<AuditEntry> history(@PathParam("account") String account, @QueryParam("company") String company,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String code = companies.resolve(company);
        visible(company, account);
        return audit.history(code, "customer", account, PageRequest.parse(page, size, null));
    }

    /** The customer, if the caller may see it; otherwise not found. */
    private CustomerView visible(String company, String account) {
        return customers.get(companies.resolve(company), account, visibility.scope());
    }

    private LocalDate asOf(String value) {
        LocalDate date = Amounts.date("asOf", value);
        return date != null ? date : clock.today();
    }

    private static Response withETag(Response.ResponseBuilder response, CustomerView view) {
        return response.tag(ETags.of(view.version())).entity(CustomerJson.of(view)).build();
    }
}
