package org.dunwell.server.collections;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.server.platform.CsvCells;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Aging snapshots: started here as a restartable batch job (followed in {@code /jobs}), read
 * with the filters of pools, exported as CSV.
 */
@Path("/aging-snapshots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class AgingSnapshotsResource {

    /** What to snapshot: as of a day (default today), by a definition (default standard), all customers or a pool. */
    @Schema(description = "What to snapshot: as of a day (default today), by a definition (default standard), all customers or a pool.",
            example = "{\"asOf\":\"2026-11-22\"}")
    public record SnapshotInput(@Schema(ref = "Key") String company,
                                @Schema(ref = "Date") String asOf,
                                String definition,
                                String pool,
                                Integer pageSize) {
    }

    @Inject
    AgingSnapshots snapshots;

    @Inject
    PoolsAndAging collections;

    @Inject
    SnapshotRuns runs;

    @Inject
    CollectionsApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Take a snapshot", description = "Starts the aging-snapshots batch job (202); follow it in"
            + " /jobs?kind=aging-snapshots or here. A failed run restarts from its last page: POST {id}/restart.")
    @APIResponse(responseCode = "202", description = "The snapshot, RUNNING; follow it here or in /jobs",
            content = @Content(schema = @Schema(implementation = AgingSnapshotView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response start(SnapshotInput in) {
        SnapshotInput input = in == null ? new SnapshotInput(null, null, null, null, null) : in;
        String company = api.company(input.company());
        return Response.accepted(runs.start(company, api.asOf(input.asOf()), input.definition(), input.pool(),
                input.pageSize(), api.caller())).build();
    }

    @GET
    @Operation(summary = "Snapshots, newest first")
    public Page<AgingSnapshotView> list(@QueryParam("company") String company, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size) {
        Page<AgingSnapshotView> found = snapshots.list(api.company(company), PageRequest.parse(page, size, null));
        return new Page<>(found.items().stream().map(runs::withStatus).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One snapshot and the status of its run")
    public AgingSnapshotView get(@PathParam("id") long id, @QueryParam("company") String company) {
        return runs.withStatus(snapshots.get(api.company(company), id));
    }

    @POST
    @Path("{id}/restart")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Restart a failed or stopped snapshot run from its last committed page")
    @APIResponse(responseCode = "202", description = "The snapshot, RUNNING again",
            content = @Content(schema = @Schema(implementation = AgingSnapshotView.class)))
    public Response restart(@PathParam("id") long id, @QueryParam("company") String company) {
        return Response.accepted(runs.restart(api.company(company), id)).build();
    }

    @GET
    @Path("{id}/rows")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The snapshot's rows the caller may see", description = "Filters: pool (a pool's"
            + " conditions), riskGroup, overLimit, onHold, minBalance, maxBalance, minOldestOverdueDays;"
            + " sort account | balance | mostAged | oldestOverdueDays; format=csv (or Accept: text/csv) exports"
            + " every matching row.")
    @APIResponse(responseCode = "200", description = "A page of rows (JSON), or every matching row (CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageCustomerFigures")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "csv", description = "A header row, then one row per customer"))})
    public Response rows(@PathParam("id") long id, @QueryParam("company") String company,
                         @QueryParam("pool") String pool,
                         @QueryParam("riskGroup") String riskGroup, @QueryParam("overLimit") String overLimit,
                         @QueryParam("onHold") String onHold, @QueryParam("minBalance") String minBalance,
                         @QueryParam("maxBalance") String maxBalance,
                         @QueryParam("minOldestOverdueDays") String minDays, @QueryParam("format") String format,
                         @jakarta.ws.rs.HeaderParam("Accept") String accept, @QueryParam("page") Integer page,
                         @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        String code = api.company(company);
        List<String> pools = new ArrayList<>();
        if (pool != null && !pool.isBlank()) {
            collections.scopeOfPool(code, pool.trim(), api.caller(), api.seesAll());
            pools.add(pool.trim());
        }
        List<PoolCondition> conditions = new ArrayList<>();
        add(conditions, "riskGroup", "in", riskGroup);
        add(conditions, "overLimit", "=", overLimit);
        add(conditions, "creditHold", "=", onHold);
        add(conditions, "balance", ">=", minBalance);
        add(conditions, "balance", "<=", maxBalance);
        add(conditions, "oldestOverdueDays", ">=", minDays);
        AgingSnapshots.RowQuery query = new AgingSnapshots.RowQuery(api.scope(), pools, conditions);
        boolean csv = "csv".equalsIgnoreCase(format) || (accept != null && accept.startsWith("text/csv"));
        if (csv) {
            AgingSnapshotView view = snapshots.get(code, id);
            // one row read first, so a bad sort or pool is a 4xx before the stream starts
            snapshots.rows(code, id, query, PageRequest.parse(0, 1, sort));
            StreamingOutput body = out -> export(code, id, view, query, sort, out);
            return Response.ok(body, "text/csv").header("Content-Disposition",
                    "attachment; filename=\"aging-snapshot-" + id + ".csv\"").build();
        }
        Page<CustomerFigures> found = snapshots.rows(code, id, query, PageRequest.parse(page, size, sort));
        return Response.ok(found, MediaType.APPLICATION_JSON).build();
    }

    private void export(String company, long id, AgingSnapshotView view, AgingSnapshots.RowQuery query, String sort,
                        OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(List.of("account", "name", "currency", "region", "group", "balance",
                "accounting_balance"));
        for (String bucket : view.buckets()) {
            header.add(bucket);
        }
        for (String bucket : view.buckets()) {
            header.add(bucket + " disputed");
            header.add(bucket + " disputed count");
        }
        header.addAll(List.of("oldest_overdue_days", "credit_limit", "available_credit", "over_limit", "risk_score",
                "risk_group", "on_hold"));
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(header.stream().map(CsvCells::safe).toArray(String[]::new)).build())) {
            int pageNumber = 0;
            while (true) {
                Page<CustomerFigures> page = snapshots.rows(company, id, query,
                        PageRequest.parse(pageNumber++, PageRequest.MAX_SIZE, sort));
                for (CustomerFigures f : page.items()) {
                    List<Object> record = new ArrayList<>(List.of(f.account(), f.name(), f.currency(),
                            text(f.region()), text(f.group()), plain(f.balance()), plain(f.accountingBalance())));
                    f.buckets().forEach(b -> record.add(plain(b.amount())));
                    f.buckets().forEach(b -> {
                        record.add(plain(b.disputedAmount()));
                        record.add(b.disputedCount());
                    });
                    record.addAll(List.of(f.oldestOverdueDays(), plain(f.creditLimit()), plain(f.availableCredit()),
                            f.overLimit(), f.riskScore() == null ? "" : f.riskScore(), text(f.riskGroup()),
                            f.onHold()));
                    printer.printRecord(record.stream().map(CsvCells::safe).toList());
                }
                if ((long) pageNumber * PageRequest.MAX_SIZE >= page.total()) {
                    break;
                }
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String plain(Money money) {
        return money == null ? "" : money.toPlainString();
    }

    private static void add(List<PoolCondition> conditions, String field, String operator, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(new PoolCondition(field, operator, value.trim()));
        }
    }
}
