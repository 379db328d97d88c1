package org.dunwell.bench;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dunwell.collections.application.CaseService;
import org.dunwell.collections.application.CollectionsLog;
import org.dunwell.collections.application.ContactRestrictionService;
import org.dunwell.collections.application.Visibility;
import org.dunwell.collections.infrastructure.JpaActivityRepository;
import org.dunwell.collections.infrastructure.JpaCaseRepository;
import org.dunwell.collections.infrastructure.JpaRestrictionRepository;
import org.dunwell.collections.infrastructure.ScopedRows;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LetterRuns;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.application.DunningLog;
import org.dunwell.dunning.application.LetterRunService;
import org.dunwell.dunning.application.LetterService;
import org.dunwell.dunning.application.LinePoster;
import org.dunwell.dunning.application.OutboxService;
import org.dunwell.dunning.application.ProposalMaker;
import org.dunwell.dunning.application.SequenceService;
import org.dunwell.dunning.infrastructure.JakartaMailTransport;
import org.dunwell.dunning.infrastructure.JdbcLetterStore;
import org.dunwell.dunning.infrastructure.JdbcOutboxStore;
import org.dunwell.dunning.infrastructure.JdbcRunStore;
import org.dunwell.dunning.infrastructure.JpaSequenceRepository;
import org.dunwell.dunning.infrastructure.PdfDocuments;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.application.AccountService;
import org.dunwell.ledger.application.CompanyService;
import org.dunwell.ledger.application.CustomerService;
import org.dunwell.ledger.application.DocumentService;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.infrastructure.JpaCustomerRepository;
import org.dunwell.ledger.infrastructure.jdbc.JdbcCustomerScopeSql;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerQueries;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerStore;
import org.dunwell.testkit.TestDatabase;

/**
 * A letter run's proposal over the ledger of an {@link AgingBenchmark} run (company BENCH, a three-level default
 * sequence with fees in the ledger's currencies), page by page as the {@code letter-run} job computes it (500
 * customers a page, each page in its own transaction), next to the aging-snapshot job on the same data in the same
 * run (the goal: within 2x), with the heap sampled; then {@code --post} lines of a proposal posted as the
 * job posts them, their emails delivered to a GreenMail server in this JVM, and the PDF rendering rate on one
 * thread.
 *
 * <pre>./mvnw -q -pl bench exec:exec -Dexec.args="-Xmx1g -cp %classpath org.dunwell.bench.LetterRunBenchmark
 *     --invoices 1000000 --customers 100000 --db postgresql,derby --runs 3"</pre>
 */
public final class LetterRunBenchmark {

    private static final LocalDate AS_OF = BenchRun.AS_OF;
    private static final BusinessClock CLOCK = BusinessClock.fixedAt(AS_OF);
    private static final UserName MANAGER = UserName.of("manager");

    private LetterRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchRun bench = new BenchRun(args);
        int runs = bench.option("runs", 3);
        int page = bench.option("page", 2000);
        java.nio.file.Path files = bench.ledgerFiles();
        System.out.printf("JVM: %s, max heap %d MB; %,d customers, %,d invoices; as of %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, bench.customers,
                bench.invoices, AS_OF);
        bench.onEachDatabase("derby-letters", (database, reused) -> {
            System.out.println("== " + database.kind().displayName());
            database.migrate();
            if (!reused) {
                AgingBenchmark.importLedger(database, files);
            }
            sequence(database);
            double[] snapshot = new double[runs];
            double[] proposal = new double[runs];
            double[] storing = new double[runs];
            long maxHeap = 0;
            int lines = 0;
            for (int run = 0; run < runs; run++) {
                snapshot[run] = SnapshotBenchmark.snapshotJobMs(database, page);
                ImportBenchmark.HeapSampler heap = new ImportBenchmark.HeapSampler();
                long t = System.nanoTime();
                LetterRunView done = propose(database);
                proposal[run] = (System.nanoTime() - t) / 1e6;
                heap.close();
                maxHeap = Math.max(maxHeap, heap.maxMb());
                lines = done.lines();
                storing[run] = storingFloorMs(database, done.id());
                forget(database, done.id());
            }
            Arrays.sort(snapshot);
            Arrays.sort(proposal);
            Arrays.sort(storing);
            double s = snapshot[runs / 2];
            double p = proposal[runs / 2];
            double f = storing[runs / 2];
            System.out.printf("proposal: %,d lines; median of %d: proposal %.2f s, snapshot job %.2f s, proposal /"
                    + " snapshot %.2fx; max heap sampled %d MB%n", lines, runs, p / 1000, s / 1000, p / s, maxHeap);
            System.out.printf("storing floor of the proposal's rows (the database's own INSERT ... SELECT of its lines"
                    + " and invoices, one commit): %.2f s; snapshot job + that floor %.2f s; proposal / (snapshot +"
                    + " floor) %.2fx%n", f / 1000, (s + f) / 1000, p / (s + f));
            if (bench.option("breakdown", 0) > 0) {
                breakdown(database);
            }
            postAndSend(database, bench.option("post", 1000));
        });
        pdfRate(bench.option("letters", 200));
    }

    /**
     * Posts the first {@code count} lines of a new proposal as the job does (each line its own transaction: letter,
     * levels, fee in the ledger, email in the outbox), then delivers the outbox to a GreenMail server in this JVM.
     */
    private static void postAndSend(TestDatabase db, int count) throws Exception {
        LetterRunView run = propose(db);
        db.inTransaction("bench", (EntityManager em) -> runs(em).startPosting("BENCH", run.id(), run.version(),
                MANAGER));
        List<Integer> lines = db.inTransaction("bench", (EntityManager em) -> runs(em).linesToPost("BENCH",
                run.id(), count));
        long t = System.nanoTime();
        for (int line : lines) {
            db.inTransaction("bench", (EntityManager em) -> runs(em).postLine("BENCH", run.id(), line, MANAGER));
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("posting: %,d lines in %.2f s: %.0f lines/s (each its own transaction)%n", lines.size(),
                seconds, lines.size() / seconds);
        double floor = postingFloorSeconds(db, run.id());
        System.out.printf("posting floor (the database's own INSERT ... SELECT of each posted line's rows: its fee"
                + " document and posting entry, letter, letter invoices, invoice levels, outbox row, history entry and"
                + " the line's update, one transaction per line): %.2f s, %.0f lines/s; posting / floor %.2fx%n",
                floor, lines.size() / floor, seconds / floor);
        // as a run's posted() does once its last line is posted: the next proposals read the levels by their index
        db.inTransaction("bench", (EntityManager em) -> {
            new JdbcRunStore(em, new JdbcCustomerScopeSql()).refreshStatistics();
            return null;
        });
        long queued = db.inTransaction("bench", (EntityManager em) -> new JdbcOutboxStore(em)
                .list("BENCH", "PENDING", org.dunwell.kernel.api.PageRequest.first(1)).total());
        if (queued == 0) {
            System.out.println("outbox: the posted letters have no email address; not measured");
            return;
        }
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            java.util.Properties properties = new java.util.Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", Integer.toString(port));
            org.dunwell.dunning.domain.outbox.MailTransport transport = new JakartaMailTransport(
                    jakarta.mail.Session.getInstance(properties), "bench@dunwell.example");
            t = System.nanoTime();
            int sent = 0;
            int round;
            do {
                round = db.inTransaction("bench", (EntityManager em) -> outbox(em, transport)
                        .deliverDue(Instant.parse("2100-01-01T00:00:00Z"), 200, "bench"));
                sent += round;
            } while (round > 0);
            seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("outbox: %,d emails with their PDF to GreenMail in %.2f s: %.0f emails/s (one"
                    + " sender)%n", sent, seconds, sent / seconds);
        } finally {
            smtp.stop();
        }
    }

    /** The company default: 14, 14 and 30 days, fees in every currency the generated ledger bills in. */
    private static void sequence(TestDatabase db) {
        db.inTransaction("bench", (EntityManager em) -> {
            SequenceService sequences = sequences(em);
            if (sequences.list("BENCH").isEmpty()) {
                List<LetterSequenceView.Level> levels = new ArrayList<>();
                int[] days = {14, 14, 30};
                for (int level = 1; level <= 3; level++) {
                    List<LetterSequenceView.Amount> amounts = new ArrayList<>();
                    for (String currency : List.of("EUR", "USD", "GBP", "CHF", "SEK", "PLN")) {
                        amounts.add(new LetterSequenceView.Amount(currency, new BigDecimal(level * 5 + ".00"),
                                new BigDecimal("10.00")));
                    }
                    levels.add(new LetterSequenceView.Level(level, days[level - 1], false, false, null, amounts,
                            List.of(new LetterSequenceView.Text("en", "Reminder " + level, "Please pay."))));
                }
                sequences.put("BENCH", new LetterSequenceView("BENCH", "STD", null, LetterScope.PER_CUSTOMER,
                        EscalationRule.ONE_LEVEL_PER_RUN, true, List.of(), levels, 0), null, "benchmark", MANAGER);
            }
            return null;
        });
    }

    /** The proposal as the job computes it: a run, then page after page, each in a transaction of its own. */
    private static LetterRunView propose(TestDatabase db) {
        LetterRunView run = db.inTransaction("bench", (EntityManager em) -> runs(em).create("BENCH", AS_OF,
                MANAGER));
        String after = null;
        do {
            String from = after;
            after = db.inTransaction("bench", (EntityManager em) -> runs(em).proposePage("BENCH", run.id(), from,
                    LetterRuns.PAGE_SIZE));
        } while (after != null);
        return db.inTransaction("bench", (EntityManager em) -> runs(em).proposed("BENCH", run.id()));
    }

    /**
     * Where a proposal's time goes, page by page as the job runs it: reading the page's open accounts (the ledger's
     * {@code openAccounts}), making the lines (levels, restrictions, case holds, sequences, interest: the dunning
     * module's reads and its Java), storing them. Each page in its own transaction, as the job's.
     */
    private static void breakdown(TestDatabase db) throws SQLException {
        LetterRunView run = db.inTransaction("bench", (EntityManager em) -> runs(em).create("BENCH", AS_OF, MANAGER));
        long[] nanos = new long[3];
        String after = null;
        int pages = 0;
        do {
            String from = after;
            after = db.inTransaction("bench", (EntityManager em) -> {
                AccountService accounts = new AccountService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em));
                long t = System.nanoTime();
                org.dunwell.ledger.api.OpenAccount.Page page = accounts.openAccounts("BENCH", from,
                        LetterRuns.PAGE_SIZE, AS_OF);
                long read = System.nanoTime();
                List<org.dunwell.dunning.domain.run.NewLine> lines = maker(em).lines("BENCH", AS_OF, page);
                long made = System.nanoTime();
                new JdbcRunStore(em, new JdbcCustomerScopeSql()).insertLines(run.id(), lines);
                long stored = System.nanoTime();
                nanos[0] += read - t;
                nanos[1] += made - read;
                nanos[2] += stored - made;
                return page.next();
            });
            pages++;
        } while (after != null);
        System.out.printf("breakdown over %d pages: reading open accounts %.2f s, making lines %.2f s, storing them"
                + " %.2f s%n", pages, nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9);
        forget(db, run.id());
    }

    /**
     * The storing floor of a proposal: the database's own {@code INSERT ... SELECT} of the run's line and invoice
     * rows (as copies with negated ids, in the same tables and indexes), in one commit. Removed with the run.
     */
    private static double storingFloorMs(TestDatabase db, long run) throws SQLException {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            long t = System.nanoTime();
            for (String sql : List.of("INSERT INTO letter_run_line (id, run_id, line_no, account, customer_name,"
                    + " currency, sequence_code, escalation, level_no, language, language_note, contact, email,"
                    + " overdue, fee, interest, status, reason) SELECT -id, run_id, line_no + 10000000, account,"
                    + " customer_name, currency, sequence_code, escalation, level_no, language, language_note,"
                    + " contact, email, overdue, fee, interest, status, reason FROM letter_run_line WHERE run_id = ?"
                    + " AND id > 0", "INSERT INTO letter_run_invoice (line_id, document, due_date, days_overdue,"
                    + " open_amount, level_before, interest, interest_from, excluded_because) SELECT -i.line_id,"
                    + " i.document, i.due_date, i.days_overdue, i.open_amount, i.level_before, i.interest,"
                    + " i.interest_from, i.excluded_because FROM letter_run_invoice i JOIN letter_run_line l"
                    + " ON l.id = i.line_id WHERE l.run_id = ? AND l.id > 0")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, run);
                    statement.executeUpdate();
                }
            }
            connection.commit();
            return (System.nanoTime() - t) / 1e6;
        }
    }

    /**
     * The floor of posting: for each letter the run posted, the same rows written again by the database itself, as
     * copies with negated ids and prefixed keys, one transaction per line as the job posts them; then removed.
     */
    private static double postingFloorSeconds(TestDatabase db, long run) throws SQLException {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            List<long[]> letters = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT l.id, l.line_id FROM dunning_letter l"
                    + " JOIN letter_run_line r ON r.id = l.line_id WHERE r.run_id = ?")) {
                select.setLong(1, run);
                try (java.sql.ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        letters.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            connection.commit();
            String fee = "(SELECT fee_document FROM dunning_letter WHERE id = ?)";
            List<String[]> copies = List.of(
                    copy(connection, "ledger_transaction", Map.of("id", "-id", "document", "'F' || document"),
                            "company_code = 'BENCH' AND document = " + fee),
                    copy(connection, "posting_entry", Map.of("id", "-id", "entry_no", "-entry_no", "document",
                            "'F' || document", "reconciliation_key", "'F' || reconciliation_key"),
                            "company_code = 'BENCH' AND document = " + fee),
                    copy(connection, "dunning_letter", Map.of("id", "-id", "line_id", "-line_id", "number_text",
                            "'F' || number_text"), "id = ?"),
                    copy(connection, "dunning_letter_invoice", Map.of("letter_id", "-letter_id"), "letter_id = ?"),
                    copy(connection, "dunning_invoice_level", Map.of("document", "'F' || document", "letter_id",
                            "-letter_id"), "letter_id = ?"),
                    copy(connection, "dunning_outbox", Map.of("id", "-id", "letter_id", "-letter_id"),
                            "letter_id = ?"),
                    // by the history's index (company, subject), as the customer's history reads it
                    copy(connection, "audit_event", Map.of("id", "-id"), "company_code = 'BENCH' AND subject_type ="
                            + " 'collections' AND subject_key = (SELECT account FROM dunning_letter WHERE id = ?) AND"
                            + " action = 'letter-posted' AND id > 0"),
                    new String[] {"UPDATE letter_run_line SET status = status WHERE id = ?", "line"});
            long t = System.nanoTime();
            for (long[] letter : letters) {
                for (String[] copy : copies) {
                    try (PreparedStatement statement = connection.prepareStatement(copy[0])) {
                        statement.setLong(1, "line".equals(copy[1]) ? letter[1] : letter[0]);
                        statement.executeUpdate();
                    }
                }
                connection.commit();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            for (String cleanup : List.of("DELETE FROM ledger_transaction WHERE id < 0",
                    "DELETE FROM posting_entry WHERE id < 0", "DELETE FROM dunning_letter WHERE id < 0",
                    "DELETE FROM dunning_letter_invoice WHERE letter_id < 0",
                    "DELETE FROM dunning_invoice_level WHERE letter_id < 0", "DELETE FROM dunning_outbox WHERE id < 0",
                    "DELETE FROM audit_event WHERE id < 0")) {
                try (PreparedStatement statement = connection.prepareStatement(cleanup)) {
                    statement.executeUpdate();
                }
            }
            connection.commit();
            return seconds;
        }
    }

    /** {@code INSERT INTO table SELECT ...} of the rows {@code where} picks, some columns replaced by expressions. */
    private static String[] copy(Connection connection, String table, Map<String, String> replaced, String where)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement probe = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             java.sql.ResultSet rs = probe.executeQuery()) {
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                columns.add(rs.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT));
            }
        }
        String select = String.join(", ", columns.stream().map(c -> replaced.getOrDefault(c, c)).toList());
        return new String[] {"INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
                + " FROM " + table + " WHERE " + where, "letter"};
    }

    /** Removes a measured run's lines, so that every run starts from the same tables. */
    private static void forget(TestDatabase db, long run) throws SQLException {
        try (Connection connection = db.connect()) {
            for (String sql : List.of("DELETE FROM letter_run_invoice WHERE line_id IN (SELECT id FROM"
                    + " letter_run_line WHERE run_id = ?)", "DELETE FROM letter_run_line WHERE run_id = ?",
                    "DELETE FROM letter_run WHERE id = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, run);
                    statement.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            if (db.kind() == org.dunwell.testkit.DatabaseKind.POSTGRESQL) {
                // the next run starts from tables as the job finds them, not from millions of dead rows
                connection.setAutoCommit(true);
                try (java.sql.Statement vacuum = connection.createStatement()) {
                    vacuum.execute("VACUUM ANALYZE letter_run_line, letter_run_invoice, letter_run");
                }
            }
        }
    }

    /** Letters of 3 invoices rendered to PDF one after the other on one thread (after 20 to warm up). */
    private static void pdfRate(int letters) {
        PdfDocuments renderer = new PdfDocuments();
        LetterView letter = new LetterView(1L, "DL1-1", "BENCH", "C00001", "Zenith Energy BV", "STD", 2, AS_OF, "de",
                "Accounts payable", "ap@example.org", "EUR", new BigDecimal("1234.56"), new BigDecimal("5.00"),
                new BigDecimal("3.21"), new BigDecimal("1242.77"), "DL1-1-F", "Zahlungserinnerung", "Bitte zahlen Sie.",
                false, false, 0, List.of(
                        new LetterView.Invoice("INV-1", AS_OF.minusDays(60), AS_OF.minusDays(30), 30,
                                new BigDecimal("1000.00"), new BigDecimal("3.21"), null),
                        new LetterView.Invoice("INV-2", AS_OF.minusDays(50), AS_OF.minusDays(20), 20,
                                new BigDecimal("134.56"), BigDecimal.ZERO.setScale(2), null),
                        new LetterView.Invoice("INV-3", AS_OF.minusDays(45), AS_OF.minusDays(15), 15,
                                new BigDecimal("100.00"), BigDecimal.ZERO.setScale(2), null)), "manager",
                Instant.EPOCH);
        Map<String, Object> model = org.dunwell.dunning.application.LetterDocuments.letter(letter, "Bench Company");
        for (int i = 0; i < 20; i++) {
            renderer.pdf("letter", model);
        }
        long t = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < letters; i++) {
            bytes += renderer.pdf("letter", model).length;
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("PDF: %d letters in %.2f s on one thread: %.0f letters/s, %.1f KB each%n", letters, seconds,
                letters / seconds, bytes / 1024.0 / letters);
    }

    private static SequenceService sequences(EntityManager em) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        JpaCompanyRepository companies = new JpaCompanyRepository(em);
        return new SequenceService(new JpaSequenceRepository(em), new CompanyService(companies, audit, CLOCK),
                new CustomerService(new JpaCustomerRepository(em), companies, audit, CLOCK), new DunningLog(audit,
                CLOCK), CLOCK);
    }

    /** The proposal's maker, as CDI wires it (the breakdown times it alone). */
    private static ProposalMaker maker(EntityManager em) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        JpaCompanyRepository companyRepository = new JpaCompanyRepository(em);
        CustomerService customers = new CustomerService(new JpaCustomerRepository(em), companyRepository, audit,
                CLOCK);
        DocumentService documents = new DocumentService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em), CLOCK);
        JdbcCustomerScopeSql scopeSql = new JdbcCustomerScopeSql();
        ScopedRows scoped = new ScopedRows(em, scopeSql);
        Visibility visibility = new Visibility(customers, documents);
        return new ProposalMaker(new AccountService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em)),
                new CompanyService(companyRepository, audit, CLOCK), new JpaSequenceRepository(em),
                new JdbcLetterStore(em, scopeSql), new ContactRestrictionService(new JpaRestrictionRepository(em,
                scoped), visibility, new CollectionsLog(audit, CLOCK), CLOCK), new CaseService(
                new JpaCaseRepository(em, scoped), new JpaActivityRepository(em, scoped), visibility, audit, CLOCK));
    }

    private static LetterRunService runs(EntityManager em) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        JpaCompanyRepository companyRepository = new JpaCompanyRepository(em);
        JdbcLedgerStore store = new JdbcLedgerStore(em);
        JdbcLedgerQueries queries = new JdbcLedgerQueries(em);
        CustomerService customers = new CustomerService(new JpaCustomerRepository(em), companyRepository, audit,
                CLOCK);
        DocumentService documents = new DocumentService(store, queries, CLOCK);
        AccountService accounts = new AccountService(store, queries);
        JdbcCustomerScopeSql scopeSql = new JdbcCustomerScopeSql();
        ScopedRows scoped = new ScopedRows(em, scopeSql);
        Visibility visibility = new Visibility(customers, documents);
        ContactRestrictionService restrictions = new ContactRestrictionService(new JpaRestrictionRepository(em,
                scoped), visibility, new CollectionsLog(audit, CLOCK), CLOCK);
        JdbcLetterStore letters = new JdbcLetterStore(em, scopeSql);
        DunningLog log = new DunningLog(audit, CLOCK);
        // the benchmark's sequence blocks nobody and no customer is restricted: no credit hold, no activity
        LinePoster poster = new LinePoster(new JdbcRunStore(em, scopeSql), letters, new JpaSequenceRepository(em),
                documents, customers, new JdbcOutboxStore(em), restrictions, null, null, customers, log, CLOCK);
        return new LetterRunService(new JdbcRunStore(em, scopeSql), accounts, maker(em), poster, null, log, CLOCK);
    }

    /** The outbox over one transaction of the caller's (the benchmark delivers in rounds of one transaction). */
    private static OutboxService outbox(EntityManager em, org.dunwell.dunning.domain.outbox.MailTransport transport) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        JdbcLetterStore letters = new JdbcLetterStore(em, new JdbcCustomerScopeSql());
        JpaCompanyRepository companies = new JpaCompanyRepository(em);
        CustomerService customers = new CustomerService(new JpaCustomerRepository(em), companies, audit, CLOCK);
        JdbcLedgerStore store = new JdbcLedgerStore(em);
        LetterService service = new LetterService(letters, new JdbcOutboxStore(em), new PdfDocuments(),
                new CompanyService(companies, audit, CLOCK), customers, new AccountService(store,
                new JdbcLedgerQueries(em)), null, new DunningLog(audit, CLOCK), CLOCK);
        return new OutboxService(new OutboxService.OutboxSteps(new JdbcOutboxStore(em), service,
                new DunningLog(audit, CLOCK), CLOCK), transport);
    }
}
