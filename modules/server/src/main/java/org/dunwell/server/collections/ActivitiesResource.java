package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.dunwell.collections.api.Activities;
import org.dunwell.collections.api.ActivityDraft;
import org.dunwell.collections.api.ActivityType;
import org.dunwell.collections.api.ActivityView;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collection activities: calls, emails, letters, meetings, tasks on a customer. */
@Path("/activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class ActivitiesResource {

    /** A new activity or follow-up; times as ISO-8601 instants, reminderOn a date. */
    @Schema(description = "A new activity or follow-up; times as ISO-8601 instants, reminderOn a date.",
            example = "{\"account\":\"C1\",\"type\":\"CALL\",\"purpose\":\"Ask about INV-1\",\"responsible\":\"manager\",\"reminderOn\":\"2026-12-10\"}")
    public record ActivityInput(@Schema(ref = "Key") String company,
                                @Schema(ref = "Key") String account,
                                @Schema(required = true, implementation = ActivityType.class) String type,
                                String purpose,
                                String notes,
                                String responsible,
                                @Schema(type = SchemaType.STRING, format = "date-time", description = "An ISO-8601 instant (2026-11-22T09:30:00Z), or a day (its start, UTC)") String start,
                                @Schema(type = SchemaType.STRING, format = "date-time", description = "An ISO-8601 instant (2026-11-22T09:30:00Z), or a day (its start, UTC)") String end,
                                @Schema(ref = "Date") String reminderOn,
                                Long caseId,
                                List<String> documents) {
    }

    /** Closing one or many activities. */
    @Schema(description = "Closing one or many activities.",
            example = "{\"note\":\"the customer will pay on Friday\"}")
    public record CloseInput(@Schema(ref = "Key") String company,
                             List<Long> ids,
                             String note) {
    }

    /** A new responsible. */
    @Schema(name = "ActivityReassignment", description = "A new responsible.",
            example = "{\"responsible\":\"manager\",\"reason\":\"holiday cover\"}")
    public record ReassignInput(@Schema(ref = "Key") String company,
                                @Schema(required = true) String responsible,
                                @Schema(required = true) String reason) {
    }

    @Inject
    Activities activities;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log or plan an activity on a customer")
    @APIResponse(responseCode = "201", description = "The new activity (ETag: its version; Location: its address)",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response create(ActivityInput in, @Context UriInfo uri) {
        ActivityInput input = require(in);
        String company = api.company(input.company());
        ActivityView view = activities.create(company, draft(input, input.account()), api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "activities", view.id());
    }

    @GET
    @Operation(summary = "Activities of the customers the caller sees", description = "Filters responsible (me = the"
            + " caller), status OPEN|CLOSED, account, caseId; oldest end first (sort=end,desc: newest).")
    public Page<ActivityView> list(@QueryParam("company") String company, @QueryParam("responsible") String responsible,
                                   @QueryParam("status") String status, @QueryParam("account") String account,
                                   @QueryParam("caseId") Long caseId, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        String who = "me".equals(responsible) ? api.caller().value() : CollectionsApi.blank(responsible);
        return activities.list(api.company(company), who, CollectionsApi.blank(status) == null ? null
                : status.trim().toUpperCase(Locale.ROOT), CollectionsApi.blank(account), caseId, api.scope(),
                PageRequest.parse(page, size, sort));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One activity")
    @APIResponse(responseCode = "200", description = "The activity (ETag: its version)",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response get(@PathParam("id") long id, @QueryParam("company") String company) {
        ActivityView view = activities.get(api.company(company), id, api.scope());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close an activity (If-Match)")
    @APIResponse(responseCode = "200", description = "The closed activity",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response close(@PathParam("id") long id,
                          @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          CloseInput in) {
        long version = ETags.requireVersion(ifMatch);
        String company = api.company(in == null ? null : in.company());
        ActivityView view = activities.close(company, id, version, in == null ? null : in.note(), api.scope(),
                api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close many activities at once", description = "All or nothing: one closed or unknown"
            + " activity refuses the lot.")
    public List<ActivityView> closeAll(CloseInput in) {
        if (in == null || in.ids() == null || in.ids().isEmpty()) {
            throw InvalidInputException.ofField("ids", "name at least one activity");
        }
        String company = api.company(in.company());
        return activities.closeAll(company, in.ids(), in.note(), api.scope(), api.caller());
    }

    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand an open activity to someone else (If-Match, reason)", description = "Only to a user who"
            + " sees its customer: an agent whose pools hold it, or a collections manager or administrator (422"
            + " otherwise, and for a user the registry does not know).")
    @APIResponse(responseCode = "200", description = "The activity with its new responsible",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response reassign(@PathParam("id") long id,
                             @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             ReassignInput in) {
        long version = ETags.requireVersion(ifMatch);
        if (in == null) {
            throw InvalidInputException.ofField("responsible", "is required");
        }
        String company = api.company(in.company());
        ActivityView view = activities.reassign(company, id, version, in.responsible(), in.reason(), api.scope(),
                api.caller());
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow an activity up with a new one on the same customer")
    @APIResponse(responseCode = "201", description = "The follow-up activity (Location: its address)",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response followUp(@PathParam("id") long id, ActivityInput in, @Context UriInfo uri) {
        ActivityInput input = require(in);
        String company = api.company(input.company());
        ActivityView view = activities.followUp(company, id, draft(input, null), api.scope(), api.caller());
        return Created.at(uri, view, view.version(), "activities", view.id());
    }


    private static ActivityInput require(ActivityInput in) {
        if (in == null) {
            throw InvalidInputException.ofField("type", "is required");
        }
        return in;
    }

    private static ActivityDraft draft(ActivityInput in, String account) {
        return new ActivityDraft(account, CollectionsApi.choice(ActivityType.class, "type", in.type()), in.purpose(), in.notes(), in.responsible(), instant("start", in.start()),
                instant("end", in.end()), Amounts.date("reminderOn", in.reminderOn()), in.caseId(), in.documents());
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw InvalidInputException.ofField(field, "'" + value + "' is not an ISO-8601 instant or date");
            }
        }
    }
}
