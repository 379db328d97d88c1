package org.dunwell.ledger.infrastructure.csv;

import org.dunwell.ledger.domain.imports.RawRow;

/** A data line of a CSV file: its values, or why it could not be read as a row. */
public record CsvLine(RawRow row, String malformed) {
}
