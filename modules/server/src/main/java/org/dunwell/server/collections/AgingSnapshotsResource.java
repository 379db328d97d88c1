package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.collections.api.Collections;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Customers;
import org.dunwell.server.jobs.JobRuns;
import org.dunwell.server.platform.CsvCells;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

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
                                Integer pageSize,
                                Integer failAfterPages,
                                Boolean failToStart) {
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            AgingSnapshotsResource.class.getName());

    /** Fault injection for tests ({@value AgingSnapshotJob#FAULTS_SETTING}): {@code failToStart} asks for a job that does not exist. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = AgingSnapshotJob.FAULTS_SETTING, defaultValue = "false")
    boolean faultsEnabled;

    @Inject
    AgingSnapshots snapshots;

    @Inject
    Collections collections;

    @Inject
    Customers customers;

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
        SnapshotInput input = in == null ? new SnapshotInput(null, null, null, null, null, null, null) : in;
        String company = api.company(input.company());
        if (input.pageSize() != null && (input.pageSize() < 1 || input.pageSize() > AgingSnapshots.MAX_PAGE_SIZE)) {
            throw InvalidInputException.ofField("pageSize", "must be 1 to " + AgingSnapshots.MAX_PAGE_SIZE);
        }
        AgingSnapshotView view = snapshots.create(company, api.asOf(input.asOf()), input.definition(), input.pool(),
                api.caller());
        int pageSize = input.pageSize() == null ? AgingSnapshots.PAGE_SIZE : input.pageSize();
        long total = customers.list(new CustomerFilter(company, null, null, null, null, CustomerScope.ALL),
                PageRequest.first(1)).total();
        Properties parameters = new Properties();
        parameters.setProperty(AgingSnapshotJob.SNAPSHOT, Long.toString(view.id()));
        parameters.setProperty(JobRuns.COMPANY, company);
        parameters.setProperty(JobRuns.AS_OF, view.asOf().toString());
        parameters.setProperty(JobRuns.TARGET_KIND, "aging-snapshot");
        parameters.setProperty(JobRuns.TARGET_ID, Long.toString(view.id()));
        parameters.setProperty(AgingSnapshotJob.PAGE_SIZE, Integer.toString(pageSize));
        parameters.setProperty(JobRuns.TOTAL_PARAMETER, Long.toString(Math.max(1, (total + pageSize - 1) / pageSize)));
        if (input.failAfterPages() != null) {
            parameters.setProperty(AgingSnapshotJob.FAIL_AFTER_PAGES, Integer.toString(input.failAfterPages()));
        }
        String job = faultsEnabled && Boolean.TRUE.equals(input.failToStart()) ? AgingSnapshotJob.NAME + "-missing"
                : AgingSnapshotJob.NAME;
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(job, parameters);
        } catch (RuntimeException e) {
            // the batch runtime refused (its repository unreachable, say): no snapshot stays RUNNING without a run
            LOG.log(java.util.logging.Level.WARNING, "snapshot " + view.id() + " could not be started", e);
            snapshots.notStarted(view.id(), "the batch runtime could not start the job: " + e, api.caller());
            throw new jakarta.ws.rs.ServiceUnavailableException("the batch runtime could not start the snapshot job;"
                    + " nothing was kept, try again later");
        }
        snapshots.ranAs(view.id(), execution);
        return Response.accepted(withStatus(snapshots.get(company, view.id()))).build();
    }

    @GET
    @Operation(summary = "Snapshots, newest first")
    public Page<AgingSnapshotView> list(@QueryParam("company") String company, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size) {
        Page<AgingSnapshotView> found = snapshots.list(api.company(company), PageRequest.parse(page, size, null));
        return new Page<>(found.items().stream().map(AgingSnapshotsResource::withStatus).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One snapshot and the status of its run")
    public AgingSnapshotView get(@PathParam("id") long id, @QueryParam("company") String company) {
        return withStatus(snapshots.get(api.company(company), id));
    }

    @POST
    @Path("{id}/restart")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER})
    @Operation(summary = "Restart a failed or stopped snapshot run from its last committed page")
    @APIResponse(responseCode = "202", description = "The snapshot, RUNNING again",
            content = @Content(schema = @Schema(implementation = AgingSnapshotView.class)))
    public Response restart(@PathParam("id") long id, @QueryParam("company") String company) {
        AgingSnapshotView view = withStatus(snapshots.get(api.company(company), id));
        if (!"FAILED".equals(view.status()) && !"STOPPED".equals(view.status())) {
            throw new ConflictException("snapshot " + id + " is " + view.status() + "; only a failed or stopped run"
                    + " restarts");
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.putAll(operator.getParameters(view.executionId()));
        parameters.remove(AgingSnapshotJob.FAIL_AFTER_PAGES);
        long execution = operator.restart(view.executionId(), parameters);
        snapshots.ranAs(id, execution);
        return Response.accepted(withStatus(snapshots.get(view.company(), id))).build();
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
                        java.io.OutputStream out) throws java.io.IOException {
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

    /** A RUNNING snapshot whose latest run failed or stopped shows that run's status. */
    static AgingSnapshotView withStatus(AgingSnapshotView view) {
        if (!"RUNNING".equals(view.status()) || view.executionId() == null) {
            return view;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        BatchStatus status = operator.getJobExecution(view.executionId()).getBatchStatus();
        String shown = switch (status) {
            case FAILED, ABANDONED -> "FAILED";
            case STOPPED, STOPPING -> "STOPPED";
            default -> view.status();
        };
        return new AgingSnapshotView(view.id(), view.company(), view.asOf(), view.definition(), view.buckets(),
                view.pool(), shown, view.executionId(), view.customers(), view.createdBy(), view.createdAt(),
                view.completedAt());
    }
}
