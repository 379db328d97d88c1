package org.dunwell.server.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Locale;
import org.dunwell.credit.api.Changed;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.api.CreditRuleView;
import org.dunwell.credit.api.CreditRules;
import org.dunwell.credit.api.CreditSettingsView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's blocking rules for order credit checks, and its credit settings (threshold, scorecard). */
@Path("/credit-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER,
        Roles.COLLECTIONS_MANAGER})
public class CreditRulesResource {

    /** A rule: type, threshold (percent, days or an amount, as a string), risk groups, result, active. */
    @Schema(description = "A rule: type, threshold (percent, days or an amount, as a string), risk groups, result, active.",
            example = "{\"type\":\"OVERDUE_DAYS\",\"threshold\":\"60\",\"result\":\"REVIEW\",\"active\":true,\"reason\":\"policy 2027\"}")
    public record RuleInput(@Schema(required = true, implementation = CreditRuleType.class) String type,
                            @Schema(ref = "Decimal") String threshold,
                            List<String> riskGroups,
                            @Schema(implementation = CreditCheckDecision.class) String result,
                            Boolean active,
                            @Schema(description = "Why; required on a change") String reason) {
    }


    /** The settings; every field is required on a change. */
    @Schema(name = "CreditSettingsInput", description = "The settings; every field is required on a change.",
            example = "{\"approvalThreshold\":\"50000.00\",\"paymentWeight\":35,\"exposureWeight\":25,\"relationshipWeight\":10,\"overdueWeight\":20,\"bureauWeight\":10,\"bandA\":80,\"bandB\":60,\"bandC\":40,\"bandD\":20,\"reason\":\"board decision 7\"}")
    public record SettingsInput(@Schema(required = true, ref = "Amount") String approvalThreshold,
                                @Schema(required = true) Integer paymentWeight,
                                @Schema(required = true) Integer exposureWeight,
                                @Schema(required = true) Integer relationshipWeight,
                                @Schema(required = true) Integer overdueWeight,
                                @Schema(required = true) Integer bureauWeight,
                                @Schema(required = true) Integer bandA,
                                @Schema(required = true) Integer bandB,
                                @Schema(required = true) Integer bandC,
                                @Schema(required = true) Integer bandD,
                                @Schema(description = "Days an approved order counts as open until the ERP reports it"
                                        + " (1 to 365; absent: unchanged)") Integer approvedOrderDays,
                                @Schema(required = true) String reason) {
    }

    @Inject
    CreditApi api;

    @Inject
    CreditRules rules;

    @GET
    @Operation(summary = "The company's rules", description = "A company starts with a default set.")
    public List<CreditRuleView> list(@QueryParam("company") String company) {
        return rules.rules(api.company(company));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Add a rule", description = "type: " + "OVER_LIMIT (threshold: tolerance %), OVERDUE_DAYS"
            + " (days), OVERDUE_AMOUNT (accounting currency), ON_HOLD, RISK_GROUP (riskGroups), LIMIT_EXPIRED,"
            + " INSURANCE_EXPIRED; result WARNING, REVIEW or BLOCKED.")
    @APIResponse(responseCode = "201", description = "The new rule (ETag, Location)",
            content = @Content(schema = @Schema(implementation = CreditRuleView.class)))
    public Response create(@QueryParam("company") String company, RuleInput in, @Context UriInfo uri) {
        if (in == null) {
            throw new InvalidInputException("the rule is required in the body");
        }
        CreditRuleView created = rules.create(api.company(company), type(in.type()), Amounts.parse("threshold",
                in.threshold()), in.riskGroups(), result(in.result()), in.active() == null || in.active(),
                api.caller().name());
        return Created.at(uri, created, created.version(), "credit-rules", created.id());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One rule")
    @APIResponse(responseCode = "200", description = "The rule (ETag: its version)",
            content = @Content(schema = @Schema(implementation = CreditRuleView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        CreditRuleView rule = rules.rules(api.company(company)).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("credit rule", id));
        return Response.ok(rule).tag(ETags.of(rule.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Change a rule (If-Match, reason)", description = "A stricter rule applies at once; a rule"
            + " made inactive, a milder result, a higher threshold or fewer risk groups waits for a senior approver"
            + " (202 with the credit change).")
    @APIResponse(responseCode = "200", description = "The changed rule",
            content = @Content(schema = @Schema(implementation = CreditRuleView.class)))
    @APIResponse(responseCode = "202", description = "The change waits for approval (Location: the credit change)",
            content = @Content(schema = @Schema(implementation = CreditChangeView.class)))
    public Response update(@PathParam("id") long id, @QueryParam("company") String company,
                           @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RuleInput in,
                           @Context UriInfo uri) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw new InvalidInputException("the rule is required in the body");
        }
        Changed<CreditRuleView> changed = rules.update(api.company(company), id, version, Amounts.parse("threshold",
                in.threshold()), in.riskGroups(), result(in.result()), in.active() == null || in.active(), in.reason(),
                api.caller().name());
        return ChangeAnswers.of(changed, uri, CreditRuleView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Delete a rule (If-Match, reason)", description = "An inactive rule goes at once; deleting"
            + " an active one waits for a senior approver (202 with the credit change).")
    @APIResponse(responseCode = "204", description = "The rule is gone")
    @APIResponse(responseCode = "202", description = "The deletion waits for approval (Location: the credit change)",
            content = @Content(schema = @Schema(implementation = CreditChangeView.class)))
    public Response delete(@PathParam("id") long id, @QueryParam("company") String company,
                           @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(required = true, description = "Why the rule goes") @QueryParam("reason")
                           String reason, @Context UriInfo uri) {
        long version = ETags.requireVersion(ifMatch);
        return ChangeAnswers.of(rules.delete(api.company(company), id, version, reason,
                api.caller().name()), uri, CreditRuleView::version);
    }

    @GET
    @Path("settings")
    @Operation(summary = "The company's credit settings: approval threshold and scorecard")
    @APIResponse(responseCode = "200", description = "The settings (ETag: their version)",
            content = @Content(schema = @Schema(implementation = CreditSettingsView.class)))
    public Response settings(@QueryParam("company") String company) {
        CreditSettingsView view = rules.settings(api.company(company));
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CREDIT_MANAGER})
    @Operation(summary = "Change the approval threshold and the scorecard", description = "Needs If-Match and a"
            + " reason. A lower threshold or higher bands apply at once; a higher threshold, other weights or a lower"
            + " band wait for a senior approver (202 with the credit change).")
    @APIResponse(responseCode = "200", description = "The changed settings",
            content = @Content(schema = @Schema(implementation = CreditSettingsView.class)))
    @APIResponse(responseCode = "202", description = "The change waits for approval (Location: the credit change)",
            content = @Content(schema = @Schema(implementation = CreditChangeView.class)))
    public Response updateSettings(@QueryParam("company") String company,
                                   @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   SettingsInput in, @Context UriInfo uri) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null || in.approvalThreshold() == null || in.paymentWeight() == null || in.exposureWeight() == null
                || in.relationshipWeight() == null || in.overdueWeight() == null || in.bureauWeight() == null
                || in.bandA() == null || in.bandB() == null || in.bandC() == null || in.bandD() == null) {
            throw new InvalidInputException("every setting is required: approvalThreshold, the five weights and"
                    + " bands A to D");
        }
        String code = api.company(company);
        Changed<CreditSettingsView> changed = rules.updateSettings(code, version, new CreditSettingsView(code,
                Amounts.parse("approvalThreshold", in.approvalThreshold()), in.paymentWeight(), in.exposureWeight(),
                in.relationshipWeight(), in.overdueWeight(), in.bureauWeight(), in.bandA(), in.bandB(), in.bandC(),
                in.bandD(), in.approvedOrderDays() == null ? 0 : in.approvedOrderDays(), version), in.reason(),
                api.caller().name());
        return ChangeAnswers.of(changed, uri, CreditSettingsView::version);
    }

    private static CreditRuleType type(String value) {
        try {
            return CreditRuleType.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField("type", "unknown rule type '" + value + "'; one of "
                    + List.of(CreditRuleType.values()));
        }
    }

    private static CreditCheckDecision result(String value) {
        try {
            return value == null ? null : CreditCheckDecision.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField("result", "one of WARNING, REVIEW, BLOCKED");
        }
    }
}
