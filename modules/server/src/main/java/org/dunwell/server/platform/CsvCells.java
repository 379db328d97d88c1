package org.dunwell.server.platform;

import java.util.regex.Pattern;

/**
 * Cells of the CSV files the server writes, made safe to open in a spreadsheet (OWASP, "CSV
 * injection"): a text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a leading {@code '}, so that {@code =HYPERLINK(...)} in a customer's name
 * stays text. A plain number ({@code -120.50}, written by us) is a number, not a formula, and stays as
 * it is.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    /** The cell's text: empty for null, escaped where a spreadsheet would read a formula. */
    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
