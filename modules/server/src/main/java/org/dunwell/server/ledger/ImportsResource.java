package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Violation;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.problem.Problem;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

/**
 * {@code POST /imports/{kind}} with a CSV body, exactly as api-contract.md says. The body is
 * streamed (never held in memory); the answer is the import summary, or a 422 problem with
 * the same members when all-or-nothing met a bad row.
 */
@Path("/imports")
@RequestScoped
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
public class ImportsResource {

    /** What an import did, row by row (api-contract.md, Import). */
    @Schema(description = "What an import did: rows received, applied, unchanged and rejected, with the rejected rows'"
            + " lines and the warnings (unknown columns, matched postings).")
    public record ImportSummary(@Schema(required = true, description = "The kind of file") String kind,
                                @Schema(required = true, description = "Data rows read") long received,
                                @Schema(required = true, description = "Rows that changed the ledger") long applied,
                                @Schema(required = true, description = "Rows the ledger already held") long unchanged,
                                @Schema(required = true, description = "Rows refused") long rejected,
                                @Schema(required = true, description = "Why each refused row was refused")
                                List<ImportError> errors,
                                @Schema(required = true) List<String> warnings) {

        static ImportSummary of(ImportResult result) {
            return new ImportSummary(result.kind().path(), result.received(), result.applied(), result.unchanged(),
                    result.rejected(), result.errors().stream()
                    .map(e -> new ImportError(e.line(), e.field(), e.message())).toList(), result.warnings());
        }
    }

    /** A refused row: its physical line (the header is line 1), the column when one is to blame, and why. */
    @Schema(description = "A refused row: its physical line (the header is line 1), the column when one is to blame,"
            + " and why.")
    public record ImportError(@Schema(required = true) Long line, String field, @Schema(required = true) String message) {
    }

    /** A refused all-or-nothing import: a problem with the summary's members. */
    @Schema(description = "An all-or-nothing import refused because of bad rows: a problem (RFC 9457) that also carries"
            + " the import summary's members; nothing was applied.")
    public record ImportRejection(@Schema(required = true) String type, @Schema(required = true) String title,
                                  @Schema(required = true) int status, @Schema(required = true) String detail,
                                  @Schema(required = true) List<ImportError> errors,
                                  @Schema(required = true) String kind, @Schema(required = true) long received,
                                  @Schema(required = true) long applied, @Schema(required = true) long unchanged,
                                  @Schema(required = true) long rejected,
                                  @Schema(required = true) List<String> warnings) {
    }

    @Inject
    ImportRunner runner;

    @Inject
    CompanyContext companies;

    @Inject
    Caller caller;

    @POST
    @Path("{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Import a CSV file of customers, invoices, credit-notes, payments, exchange-rates or"
            + " contacts",
            description = "mode=all-or-nothing (default) or skip-invalid. Rows without a company column belong to"
                    + " the company parameter (default: the configured default company).")
    @RequestBody(required = true, description = "The CSV file (UTF-8, header row, RFC 4180)", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "csv"),
            examples = @ExampleObject(name = "invoices", value = "document,account,document_date,due_date,currency,amount\nINV-1,C1,2026-09-01,2026-10-01,USD,1000.00\n")))
    @APIResponse(responseCode = "200", description = "What the import did", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "422", description = "All-or-nothing met bad rows: nothing was applied; errors[] names each line (and column)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportRejection.class)))
    public Response importFile(@Parameter(description = "What the file holds (its columns: api-contract.md, Import)",
                                          schema = @Schema(type = SchemaType.STRING, enumeration = {"customers", "invoices", "credit-notes",
                                                  "payments", "exchange-rates", "contacts"}))
                               @PathParam("kind") String kind, @QueryParam("mode") String mode,
                               @QueryParam("company") String company, InputStream body) {
        ImportKind importKind = ImportKind.ofPath(kind).orElseThrow(() -> new NotFoundException("import kind", kind));
        ImportMode importMode = ImportMode.ofParameter(mode).orElseThrow(() ->
                InvalidInputException.ofField("mode", "must be all-or-nothing or skip-invalid"));
        ImportResult result = runner.run(importKind, new InputStreamReader(body, StandardCharsets.UTF_8), importMode,
                companies.resolve(company), caller.name());
        if (!result.committed()) {
            JsonObject summary = summary(result);
            Problem problem = Problem.of("import-rejected", "Unprocessable Content", 422, result.rejected()
                    + " row(s) were rejected; nothing was applied (all-or-nothing)").withErrors(result.errors());
            for (String member : new String[] {"kind", "received", "applied", "unchanged", "rejected", "warnings"}) {
                problem = problem.with(member, summary.get(member));
            }
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem.toJson().toString()).build();
        }
        return Response.ok(ImportSummary.of(result), MediaType.APPLICATION_JSON).build();
    }

    static JsonObject summary(ImportResult result) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (Violation error : result.errors()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("line", error.line());
            if (error.field() != null) {
                json.add("field", error.field());
            }
            errors.add(json.add("message", error.message()));
        }
        JsonArrayBuilder warnings = Json.createArrayBuilder();
        result.warnings().forEach(warnings::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("kind", result.kind().path())
                .add("received", result.received())
                .add("applied", result.applied())
                .add("unchanged", result.unchanged())
                .add("rejected", result.rejected())
                .add("errors", errors)
                .add("warnings", warnings);
        return json.build();
    }
}
