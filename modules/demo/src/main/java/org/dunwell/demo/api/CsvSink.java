package org.dunwell.demo.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes CSV lines (values are generated, never need quoting except names, which are quoted). */
final class CsvSink {

    private final Writer writer;
    private long rows;

    CsvSink(Writer writer, String header) {
        this.writer = writer;
        line(header);
        rows = 0;
    }

    void row(Object... values) {
        StringBuilder line = new StringBuilder(96);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value != null) {
                String text = value.toString();
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0) {
                    line.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(text);
                }
            }
        }
        line(line.toString());
        rows++;
    }

    private void line(String text) {
        try {
            writer.write(text);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }
}
