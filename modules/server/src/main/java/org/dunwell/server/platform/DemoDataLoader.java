package org.dunwell.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.dunwell.collections.api.AgingDefinitions;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.demo.api.DemoDataGenerator;
import org.dunwell.demo.api.DemoDataSpec;
import org.dunwell.demo.api.GenerateCsv;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.server.ledger.ImportRunner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo setup's data, loaded on the first start (when {@code dunwell.demo.data} is true):
 * company DW01 (EUR), the seeded generator's customers, rates, invoices, credit notes and
 * payments imported through the real import as the ERP would send them, and the pools
 * {@code north} (agent1) and {@code south} (agent2). The pools are created last and mark the
 * load as done; a start that stopped half way re-runs the (idempotent) imports.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String COMPANY = "DW01";
    public static final LocalDate END_DATE = LocalDate.of(2026, 11, 22);
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final UserName DEMO = UserName.of("system:demo");

    @Inject
    @ConfigProperty(name = "dunwell.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    Companies companies;

    @Inject
    PoolsAndAging collections;

    @Inject
    ImportRunner imports;

    @Inject
    Customers customers;

    @Inject
    CreditProfiles credit;

    @Inject
    AgingDefinitions agingDefinitions;

    @Inject
    DemoDunning dunning;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!enabled) {
            return;
        }
        if (!collections.pools(COMPANY).isEmpty()) {
            LOG.info("Demo data of " + COMPANY + " is already loaded");
            return;
        }
        long start = System.nanoTime();
        if (companies.find(CompanyCode.of(COMPANY)).isEmpty()) {
            companies.create(CompanyCode.of(COMPANY), new CompanyDraft("Dunwell Demo Company",
                    Currency.getInstance("EUR")), DEMO, "demo data");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("dunwell-demo");
            DemoDataGenerator.Counts counts = GenerateCsv.write(DemoDataSpec.demo(END_DATE), folder);
            for (String kind : List.of("customers", "contacts", "exchange-rates", "invoices", "credit-notes",
                    "payments")) {
                try (Reader reader = Files.newBufferedReader(folder.resolve(kind + ".csv"), StandardCharsets.UTF_8)) {
                    ImportResult result = imports.run(ImportKind.ofPath(kind).orElseThrow(), reader,
                            ImportMode.ALL_OR_NOTHING, COMPANY, DEMO);
                    if (!result.committed()) {
                        throw new IllegalStateException("demo " + kind + " refused: " + result.errors());
                    }
                }
            }
            limitTypes();
            monthlyAging();
            dunning.load(COMPANY, DEMO);
            collections.createPool(COMPANY, "north", List.of(new PoolCondition("region", "=", "NORTH")), DEMO);
            collections.createPool(COMPANY, "south", List.of(new PoolCondition("region", "=", "SOUTH")), DEMO);
            collections.assignAgent("agent1", COMPANY, List.of("north"), "north", 0, "demo data", DEMO);
            collections.assignAgent("agent2", COMPANY, List.of("south"), "south", 0, "demo data", DEMO);
            LOG.info(String.format("Demo data loaded in %.1f s: %s", (System.nanoTime() - start) / 1e9, counts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /**
     * Most demo customers keep the limit type BALANCE; every fifth counts packing slips too, every tenth also
     * open orders (with an open-order total from the ERP): a stricter type, so it applies at once.
     */
    private void limitTypes() {
        List<CustomerView> all = customers.list(new CustomerFilter(COMPANY, null, null, null, null, CustomerScope.ALL),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        for (int i = 0; i < all.size(); i++) {
            String account = all.get(i).account();
            LimitType type = i % 10 == 9 ? LimitType.BALANCE_PACKING_SLIPS_ORDERS
                    : i % 5 == 4 ? LimitType.BALANCE_PACKING_SLIPS : null;
            if (type != null) {
                long version = credit.profile(COMPANY, account, END_DATE, CustomerScope.ALL).version();
                credit.update(COMPANY, account, version, new ProfileChanges(type, null, null, null, null, null, null),
                        CustomerScope.ALL, DEMO, "demo data");
            }
            if (type == LimitType.BALANCE_PACKING_SLIPS_ORDERS) {
                credit.erpFigures(COMPANY, account, new BigDecimal("250.00"), new BigDecimal("1500.00"), List.of(),
                        CustomerScope.ALL, DEMO);
            }
        }
    }

    /** A second aging definition next to the standard one: whole months past due. */
    private void monthlyAging() {
        if (agingDefinitions.definitions().stream().noneMatch(d -> d.name().equals("monthly"))) {
            agingDefinitions.create("monthly", new AgingBasis(AgingBasis.Basis.DUE_DATE, AgingBasis.Unit.MONTHS),
                    List.of(new AgingBucketSpec("current", null, 0), new AgingBucketSpec("1 month", 1, 1),
                            new AgingBucketSpec("2 months", 2, 2), new AgingBucketSpec("3-5 months", 3, 5),
                            new AgingBucketSpec("6+ months", 6, null)), DEMO);
        }
    }
}
