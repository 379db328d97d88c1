package org.dunwell.ledger.infrastructure.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Violation;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.domain.imports.RawRow;

/**
 * Streams an import file with Apache Commons CSV (RFC 4180): UTF-8, an optional BOM, a header
 * whose names are case-insensitive and trimmed. Each line comes out with its physical line
 * number (the header is line 1). Unknown columns become warnings; a missing required column
 * refuses the file.
 */
public final class CsvRows implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> columns;
    private final List<String> warnings;
    private long linesRead;

    private CsvRows(CSVParser parser, List<String> columns, List<String> warnings, long linesRead) {
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = columns;
        this.warnings = warnings;
        this.linesRead = linesRead;
    }

    /** Reads the header; refuses a file without one or without a required column of {@code kind}. */
    public static CsvRows open(Reader input, ImportKind kind) {
        try {
            CSVParser parser = CSVParser.builder().setReader(withoutBom(input)).setFormat(FORMAT).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException("the file is empty: a header row is required");
            }
            CSVRecord header = records.next();
            List<String> columns = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (String name : header) {
                String column = name.trim().toLowerCase(Locale.ROOT);
                if (columns.contains(column) && !column.isEmpty()) {
                    throw InvalidInputException.ofField(column, "the column appears twice in the header");
                }
                columns.add(column);
                if (!kind.knows(column)) {
                    warnings.add("unknown column '" + name.trim() + "' is ignored");
                }
            }
            List<Violation> missing = kind.required().stream().filter(c -> !columns.contains(c))
                    .map(c -> Violation.ofField(c, "required column is missing")).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("the header lacks required column(s) "
                        + missing.stream().map(Violation::field).toList() + " for " + kind.path(), missing);
            }
            return new CsvRows(parser, Collections.unmodifiableList(columns), warnings, parser.getCurrentLineNumber());
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("the file is not valid CSV: " + e.getMessage());
        }
    }

    private static Reader withoutBom(Reader input) throws IOException {
        PushbackReader reader = new PushbackReader(input, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The next data line, or null at the end of the file; blank lines are skipped (and counted). */
    public CsvLine nextLine() {
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw notCsv(e);
            }
            long line = linesRead + 1;
            linesRead = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            if (record.size() != columns.size()) {
                return new CsvLine(new RawRow(line, Map.of()),
                        "has " + record.size() + " values but the header has " + columns.size());
            }
            Map<String, String> values = new HashMap<>(columns.size() * 2);
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), record.get(i));
            }
            return new CsvLine(new RawRow(line, values), null);
        }
    }

    private InvalidInputException notCsv(UncheckedIOException e) {
        return new InvalidInputException("the file is not valid CSV after line " + linesRead + ": "
                + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()),
                List.of(Violation.ofLine(linesRead + 1, "not valid CSV")));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
