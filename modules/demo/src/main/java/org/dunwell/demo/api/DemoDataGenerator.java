package org.dunwell.demo.api;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a plausible receivables ledger as the ERP's import files, deterministically from a
 * seed, streaming (memory does not grow with the size): customers in regions NORTH, SOUTH
 * and WEST billing in EUR (4 in 5) or USD, invoices spread over the months before the end
 * date, payments made on time, late, in part or not at all depending on the customer's
 * habits (some accounts are very overdue), unsettled payments, credit notes applied or not,
 * and a USD rate for every day. Every customer gets a credit limit; poor payers get limits
 * below what they owe.
 */
public final class DemoDataGenerator {

    private static final String[] REGIONS = {"NORTH", "SOUTH", "WEST"};
    private static final String[] GROUPS = {"RETAIL", "WHOLESALE", "INDUSTRY", "PUBLIC"};
    private static final int[] TERMS = {14, 30, 30, 45, 60};
    private static final String[] FIRST = {"Alpen", "Baltic", "Cedar", "Delta", "Elbe", "Fjord", "Granite", "Harbor",
            "Iris", "Juniper", "Kestrel", "Linden", "Meridian", "Nordic", "Orchid", "Pioneer", "Quarry", "Rhine",
            "Summit", "Tundra", "Union", "Vale", "Willow", "Yarrow", "Zenith"};
    private static final String[] SECOND = {"Tools", "Foods", "Logistics", "Textiles", "Machines", "Chemicals",
            "Builders", "Pharma", "Media", "Energy", "Plastics", "Optics", "Metals", "Paper", "Motors"};
    private static final String[] LEGAL = {"GmbH", "AG", "Ltd", "SA", "BV", "S.r.l.", "Inc.", "Oy", "AB", "KG"};
    private static final String[] LANGUAGES = {"en", "de", "fr", "nl", "it"};

    /** How a customer pays. */
    private enum Habit {
        PROMPT, LATE, PARTIAL, DELINQUENT
    }

    /** Where the generated rows go. */
    public record Sinks(Writer customers, Writer invoices, Writer creditNotes, Writer payments, Writer exchangeRates,
                        Writer contacts) {
    }

    /** How many rows of each kind were written. */
    public record Counts(long customers, long invoices, long creditNotes, long payments, long exchangeRates,
                         long contacts) {
    }

    private final DemoDataSpec spec;

    public DemoDataGenerator(DemoDataSpec spec) {
        this.spec = spec;
    }

    public Counts write(Sinks sinks) {
        CsvSink customers = new CsvSink(sinks.customers(),
                "account,name,currency,language,group,region,payment_terms_days,credit_limit,email,phone");
        CsvSink invoices = new CsvSink(sinks.invoices(),
                "document,account,document_date,due_date,currency,amount,reference,customer_po,description");
        CsvSink creditNotes = new CsvSink(sinks.creditNotes(),
                "document,account,document_date,currency,amount,applies_to,reference");
        CsvSink payments = new CsvSink(sinks.payments(), "document,account,date,currency,amount,applies_to,reference");
        CsvSink rates = new CsvSink(sinks.exchangeRates(), "currency,date,rate");
        CsvSink contacts = new CsvSink(sinks.contacts(), "account,name,purpose,email,phone,language,role,primary");

        SplittableRandom root = new SplittableRandom(spec.seed());
        writeRates(rates, root.split());
        int width = Math.max(5, Integer.toString(spec.customers()).length());
        long perMonthDays = ChronoUnit.DAYS.between(spec.startDate(), spec.endDate());
        for (int i = 0; i < spec.customers(); i++) {
            SplittableRandom random = root.split();
            int count = spec.invoices() / spec.customers() + (i < spec.invoices() % spec.customers() ? 1 : 0);
            writeCustomer(i, width, count, perMonthDays, random, customers, invoices, creditNotes, payments, contacts);
        }
        return new Counts(customers.rows(), invoices.rows(), creditNotes.rows(), payments.rows(), rates.rows(),
                contacts.rows());
    }

    private void writeRates(CsvSink rates, SplittableRandom random) {
        BigDecimal rate = new BigDecimal("0.9200");
        for (LocalDate day = spec.startDate(); !day.isAfter(spec.endDate()); day = day.plusDays(1)) {
            BigDecimal step = BigDecimal.valueOf(random.nextInt(-30, 31), 4);
            rate = rate.add(step).max(new BigDecimal("0.8500")).min(new BigDecimal("1.0000"));
            rates.row("USD", day, rate.toPlainString());
        }
    }

    private void writeCustomer(int index, int width, int count, long days, SplittableRandom random,
                               CsvSink customers, CsvSink invoices, CsvSink creditNotes, CsvSink payments,
                               CsvSink contacts) {
        String account = "C" + String.format("%0" + width + "d", index + 1);
        String currency = index % 5 == 4 ? "USD" : "EUR";
        Habit habit = habit(random.nextInt(100));
        int terms = TERMS[random.nextInt(TERMS.length)];
        double typical = Math.exp(4.5 + random.nextDouble() * 4.5);
        String name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)] + " "
                + LEGAL[random.nextInt(LEGAL.length)];

        long[] offsets = new long[count];
        for (int j = 0; j < count; j++) {
            offsets[j] = random.nextLong(days + 1);
        }
        Arrays.sort(offsets);
        double monthly = typical * count / Math.max(1, spec.months());
        double limitFactor = habit == Habit.DELINQUENT ? 0.4 : habit == Habit.PARTIAL ? 0.8 : 1.5 + random.nextDouble();
        BigDecimal limit = BigDecimal.valueOf(Math.max(1000, Math.round(monthly * (terms / 30.0 + 1) * limitFactor
                / 1000.0) * 1000));
        String slug = account.toLowerCase(Locale.ROOT);
        String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        customers.row(account, name, currency, language,
                GROUPS[random.nextInt(GROUPS.length)], REGIONS[random.nextInt(REGIONS.length)], terms,
                limit.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), "ap@" + slug + ".example",
                "+49 30 " + (1_000_000 + index));
        // every customer has a collections contact in its language (no random draw: the rest of the data stays)
        contacts.row(account, "Accounts payable " + account, "COLLECTIONS", "collections@" + slug + ".example",
                "+49 30 " + (2_000_000 + index), language, "Accounts payable", "true");

        for (int j = 0; j < count; j++) {
            LocalDate date = spec.startDate().plusDays(offsets[j]);
            LocalDate due = date.plusDays(terms);
            BigDecimal amount = BigDecimal.valueOf(typical * (0.3 + random.nextDouble() * 1.4))
                    .setScale(2, RoundingMode.HALF_EVEN).max(new BigDecimal("10.00"));
            String suffix = account + "-" + (j + 1);
            String invoice = "INV-" + suffix;
            invoices.row(invoice, account, date, due, currency, amount.toPlainString(), "SO-" + suffix,
                    "PO-" + (10_000 + random.nextInt(90_000)), "Goods and services " + date.getYear() + "/"
                            + date.getMonthValue());
            BigDecimal owed = amount;
            if (random.nextInt(100) < 3) {
                BigDecimal credit = amount.multiply(BigDecimal.valueOf(10 + random.nextInt(41)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
                LocalDate on = date.plusDays(5 + random.nextInt(26));
                if (!on.isAfter(spec.endDate())) {
                    boolean applied = random.nextInt(100) < 80;
                    creditNotes.row("CN-" + suffix, account, on, currency, credit.toPlainString(),
                            applied ? invoice : null, "RMA-" + suffix);
                    if (applied) {
                        owed = owed.subtract(credit);
                    }
                }
            }
            writePayments(habit, random, payments, account, currency, invoice, suffix, due, owed);
        }
    }

    private void writePayments(Habit habit, SplittableRandom random, CsvSink payments, String account, String currency,
                               String invoice, String suffix, LocalDate due, BigDecimal owed) {
        int delay;
        BigDecimal paid = owed;
        switch (habit) {
            case PROMPT -> delay = -random.nextInt(0, 11);
            case LATE -> delay = 15 + random.nextInt(76);
            case PARTIAL -> {
                delay = 10 + random.nextInt(51);
                if (random.nextBoolean()) {
                    paid = owed.multiply(BigDecimal.valueOf(30 + random.nextInt(51)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
                }
            }
            default -> {
                if (random.nextInt(100) >= 20) {
                    return;
                }
                delay = 120 + random.nextInt(281);
            }
        }
        LocalDate on = due.plusDays(delay);
        if (on.isAfter(spec.endDate()) || paid.signum() <= 0) {
            return;
        }
        boolean named = random.nextInt(100) < 90;
        payments.row("PAY-" + suffix, account, on, currency, paid.toPlainString(), named ? invoice : null,
                "BANK-" + suffix);
    }

    private static Habit habit(int roll) {
        if (roll < 55) {
            return Habit.PROMPT;
        }
        if (roll < 80) {
            return Habit.LATE;
        }
        if (roll < 92) {
            return Habit.PARTIAL;
        }
        return Habit.DELINQUENT;
    }
}
