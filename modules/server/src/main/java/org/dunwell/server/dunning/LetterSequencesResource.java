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
import java.util.List;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.dunning.api.LetterSequences;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Collection letter sequences (levels, fees and minimums per currency, texts per language, escalation rule) and
 * which one a customer follows.
 */
@Path("/letter-sequences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dunning")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class LetterSequencesResource {

    /** A sequence as written: its levels and options, and why it is created or changed. */
    @Schema(name = "LetterSequenceInput", description = "A letter sequence: scope PER_CUSTOMER (default) or"
            + " PER_INVOICE, escalation ONE_LEVEL_PER_RUN (default) or BY_DAYS_OVERDUE, companyDefault,"
            + " customerGroups, levels 1..n; reason required. Replacing one needs If-Match.",
            example = "{\"reason\":\"standard dunning\",\"companyDefault\":true,\"levels\":[{\"level\":1,\"days\":14,"
                    + "\"texts\":[{\"language\":\"en\",\"subject\":\"Payment reminder\",\"body\":\"Please pay.\"}]}]}")
    public record SequenceInput(@Schema(ref = "Key") String company, String description, String scope,
                                String escalation, Boolean companyDefault, List<String> customerGroups,
                                List<LevelInput> levels, @Schema(required = true) String reason) {
    }

    /** A level as written (see {@link LetterSequenceView.Level}). */
    @Schema(name = "LetterLevelInput", description = "A level: level (1..n in order), days (the first from the due"
            + " date, later ones from the previous letter), blockCustomer, agencyHandover (last level only),"
            + " interestCode, amounts (fee and minimumOverdue per currency), texts (subject and body per language).")
    public record LevelInput(@Schema(required = true) Integer level, @Schema(required = true) Integer days,
                             Boolean blockCustomer, Boolean agencyHandover, @Schema(ref = "Key") String interestCode,
                             List<LetterSequenceView.Amount> amounts, List<LetterSequenceView.Text> texts) {

        LetterSequenceView.Level toLevel(int index) {
            if (level == null || days == null) {
                throw InvalidInputException.ofField("levels[" + index + "]." + (level == null ? "level" : "days"),
                        "is required");
            }
            return new LetterSequenceView.Level(level, days, Boolean.TRUE.equals(blockCustomer),
                    Boolean.TRUE.equals(agencyHandover), interestCode, amounts, texts);
        }
    }

    /** Which sequence a customer follows of its own (null: its group's or the default again). */
    @Schema(name = "SequenceAssignment", description = "The sequence a customer follows of its own (null: its"
            + " group's or the company default again), and why.", example = "{\"sequence\":\"STRICT\",\"reason\":\"slow payer\"}")
    public record AssignmentInput(@Schema(ref = "Key") String company, String sequence,
                                  @Schema(required = true) String reason) {
    }

    @Inject
    LetterSequences sequences;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "The company's letter sequences")
    public List<LetterSequenceView> list(@QueryParam("company") String company) {
        return sequences.list(api.company(company));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One letter sequence (ETag: its version)")
    @APIResponse(responseCode = "200", description = "The sequence",
            content = @Content(schema = @Schema(implementation = LetterSequenceView.class)))
    public Response get(@PathParam("code") String code, @QueryParam("company") String company) {
        LetterSequenceView view = sequences.get(api.company(company), code);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Create or replace a letter sequence", description = "Without If-Match it creates the"
            + " sequence (replacing one needs If-Match: its version); levels numbered 1..n, each a positive number"
            + " of days after the one before, fees and minimums per ISO currency, a text in the company's language"
            + " on every level, an agency hand-over only on the last. Audited with the reason.")
    @APIResponse(responseCode = "200", description = "The sequence (ETag)",
            content = @Content(schema = @Schema(implementation = LetterSequenceView.class)))
    public Response put(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        SequenceInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("levels", "are required");
        }
        String company = api.company(in.company());
        Long version = ifMatch == null ? null : ETags.requireVersion(ifMatch);
        LetterSequenceView view = sequences.put(company, new LetterSequenceView(company, code, in.description(),
                CollectionsApi.choice(LetterScope.class, "scope", in.scope()),
                CollectionsApi.choice(EscalationRule.class, "escalation", in.escalation()),
                Boolean.TRUE.equals(in.companyDefault()), in.customerGroups(), levels(in.levels()), 0), version,
                in.reason(), api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    private static List<LetterSequenceView.Level> levels(List<LevelInput> given) {
        if (given == null) {
            return List.of();
        }
        java.util.List<LetterSequenceView.Level> levels = new java.util.ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw InvalidInputException.ofField("levels[" + i + "]", "is required");
            }
            levels.add(given.get(i).toLevel(i));
        }
        return levels;
    }

    @GET
    @Path("customers/{account}")
    @Operation(summary = "The sequence a customer follows and what chose it (its own, its group's, the default)")
    public LetterSequences.SequenceChoice sequenceOf(@PathParam("account") String account,
                                                     @QueryParam("company") String company) {
        return sequences.sequenceOf(api.company(company), account, api.scope());
    }

    @PUT
    @Path("customers/{account}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Give a customer a sequence of its own (null: back to its group's or the default)")
    public LetterSequences.SequenceChoice assign(@PathParam("account") String account, AssignmentInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        String company = api.company(in.company());
        sequences.assign(company, account, CollectionsApi.blank(in.sequence()), in.reason(), api.scope(),
                api.caller());
        return sequences.sequenceOf(company, account, api.scope());
    }
}
