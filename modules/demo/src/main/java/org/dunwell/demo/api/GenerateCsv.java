package org.dunwell.demo.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the generator's files into a folder:
 * {@code java -cp <demo jar>:<kernel jar> org.dunwell.demo.api.GenerateCsv --out DIR [--customers N]
 * [--invoices N] [--seed S] [--end YYYY-MM-DD] [--months M]} (bench/README.md shows the Maven
 * command). Without options it writes the demo data set.
 */
public final class GenerateCsv {

    private GenerateCsv() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        DemoDataSpec demo = DemoDataSpec.demo(LocalDate.parse(options.getOrDefault("end", "2026-11-22")));
        DemoDataSpec spec = new DemoDataSpec(Long.parseLong(options.getOrDefault("seed", Long.toString(demo.seed()))),
                Integer.parseInt(options.getOrDefault("customers", Integer.toString(demo.customers()))),
                Integer.parseInt(options.getOrDefault("invoices", Integer.toString(demo.invoices()))), demo.endDate(),
                Integer.parseInt(options.getOrDefault("months", Integer.toString(demo.months()))), demo.company());
        Path out = Path.of(options.getOrDefault("out", "target/demo-data"));
        DemoDataGenerator.Counts counts = write(spec, out);
        System.out.println("wrote " + counts + " to " + out.toAbsolutePath());
    }

    /** Writes customers.csv, contacts.csv, invoices.csv, credit-notes.csv, payments.csv and exchange-rates.csv. */
    public static DemoDataGenerator.Counts write(DemoDataSpec spec, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Writer customers = writer(folder, "customers.csv"); Writer invoices = writer(folder, "invoices.csv");
             Writer notes = writer(folder, "credit-notes.csv"); Writer payments = writer(folder, "payments.csv");
             Writer rates = writer(folder, "exchange-rates.csv"); Writer contacts = writer(folder, "contacts.csv")) {
            return new DemoDataGenerator(spec).write(
                    new DemoDataGenerator.Sinks(customers, invoices, notes, payments, rates, contacts));
        }
    }

    private static Writer writer(Path folder, String name) throws IOException {
        return Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
    }
}
