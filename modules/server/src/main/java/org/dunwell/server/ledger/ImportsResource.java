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
    @Operation(summary = "Import a CSV file of customers, invoices, credit-notes, payments or exchange-rates",
            description = "mode=all-or-nothing (default) or skip-invalid. Rows without a company column belong to"
                    + " the company parameter (default: the configured default company).")
    public Response importFile(@PathParam("kind") String kind, @QueryParam("mode") String mode,
                               @QueryParam("company") String company, InputStream body) {
        ImportKind importKind = ImportKind.ofPath(kind).orElseThrow(() -> new NotFoundException("import kind", kind));
        ImportMode importMode = ImportMode.ofParameter(mode).orElseThrow(() ->
                InvalidInputException.ofField("mode", "must be all-or-nothing or skip-invalid"));
        ImportResult result = runner.run(importKind, new InputStreamReader(body, StandardCharsets.UTF_8), importMode,
                companies.resolve(company), caller.name());
        JsonObject summary = summary(result);
        if (!result.committed()) {
            Problem problem = Problem.of("import-rejected", "Unprocessable Content", 422, result.rejected()
                    + " row(s) were rejected; nothing was applied (all-or-nothing)").withErrors(result.errors());
            for (String member : new String[] {"kind", "received", "applied", "unchanged", "rejected", "warnings"}) {
                problem = problem.with(member, summary.get(member));
            }
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem.toJson().toString()).build();
        }
        return Response.ok(summary.toString(), MediaType.APPLICATION_JSON).build();
    }

    static JsonObject summary(ImportResult result) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (Violation error : result.errors()) {
            errors.add(Json.createObjectBuilder().add("line", error.line()).add("message", error.message()));
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
