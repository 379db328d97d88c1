package org.dunwell.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-"})
    void aCellThatASpreadsheetWouldReadAsAFormulaIsWrittenAsText(String cell) {
        assertThat(CsvCells.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Inc.", "-120.50", "1200", "0.00", "C-001", ""})
    void anyOtherCellIsWrittenAsItIs(String cell) {
        assertThat(CsvCells.safe(cell)).isEqualTo(cell);
    }
}
