package org.dunwell.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module's SQL names another module's tables: each module's tables are the ones its own migrations
 * create, and every SQL string in a module's sources (the text after FROM, JOIN, INTO, UPDATE or TABLE)
 * may name only those. What a module needs of another's data it asks through that module's API (the
 * ledger's {@code CustomerScopeSql} renders its own part of a condition). Proved on a planted class.
 */
class SqlBoundariesTest {

    private static final Path MODULES = Path.of("..");
    private static final List<String> OWNERS = List.of("ledger", "credit", "collections", "dunning", "ai", "integrations");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+([a-z_][a-z0-9_]*)");
    /** A Java string literal or text block. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    /** A table named in SQL: lower case, as our SQL writes tables (JPQL names entities in capitals). */
    private static final Pattern NAMED = Pattern.compile("(?i:\\b(?:from|join|into|update|table)\\s+)([a-z_][a-z0-9_]*)\\b");

    @Test
    void everyModulesSqlNamesOnlyItsOwnTables() {
        Map<String, Set<String>> tables = tables();
        assertThat(tables.get("ledger")).as("the ledger's migrations are read").contains("customer", "ledger_transaction");
        assertThat(tables.get("collections")).contains("collection_activity", "aging_snapshot_row");
        List<String> violations = new ArrayList<>();
        for (String module : tables.keySet()) {
            violations.addAll(violations(module, MODULES.resolve(module).resolve("src/main/java"), tables));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aPlantedCreditClassNamingTheCustomerTableIsCaught() {
        List<String> violations = violations("credit", Path.of("src/test/java/org/dunwell/credit/planted"), tables());
        assertThat(violations).singleElement().asString().contains("CreditReadingTheCustomerTable", "customer",
                "ledger");
    }

    /** Each module's tables, from the CREATE TABLE statements of its migrations. */
    private static Map<String, Set<String>> tables() {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        for (String module : OWNERS) {
            Path migrations = MODULES.resolve(module).resolve("src/main/resources/db/migration").resolve(module);
            if (!Files.isDirectory(migrations)) {
                continue;
            }
            Set<String> names = new TreeSet<>();
            for (Path file : files(migrations, ".sql")) {
                Matcher m = CREATE_TABLE.matcher(read(file));
                while (m.find()) {
                    names.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
            tables.put(module, names);
        }
        return tables;
    }

    private static List<String> violations(String module, Path sources, Map<String, Set<String>> tables) {
        List<String> violations = new ArrayList<>();
        for (Path file : files(sources, ".java")) {
            Matcher literal = LITERAL.matcher(read(file));
            while (literal.find()) {
                String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                Matcher named = NAMED.matcher(text);
                while (named.find()) {
                    String table = named.group(1);
                    tables.forEach((owner, names) -> {
                        if (!owner.equals(module) && names.contains(table)) {
                            violations.add(file.getFileName() + " (" + module + ") names " + table + ", a table of "
                                    + owner + ": \"" + text.strip() + "\"");
                        }
                    });
                }
            }
        }
        return violations;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
