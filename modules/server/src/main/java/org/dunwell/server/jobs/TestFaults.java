package org.dunwell.server.jobs;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.Optional;

/**
 * Faults the restart and failure tests ask for, by the request header {@value #HEADER}, honoured only where
 * the setting {@value #SETTING} is true (the acceptance servers): {@code fail-to-start} asks for a job that
 * does not exist; {@code fail-after-pages=N} makes a paged job fail after N pages; {@code slow-lines=MS} makes a
 * letter run's posting pause MS milliseconds after each line (a test kills the server while it posts). Never part
 * of the API's request bodies.
 */
@RequestScoped
public class TestFaults {

    public static final String SETTING = "dunwell.test.faults";
    public static final String HEADER = "Dunwell-Test-Fault";
    /** The job parameter a paged job reads its fault from. */
    public static final String FAIL_AFTER_PAGES = "failAfterPages";
    /** The job parameter a letter run's posting reads its pause per line from. */
    public static final String SLOW_LINES = "slowLinesMillis";

    private boolean failToStart;
    private Integer failAfterPages;
    private Integer slowLines;

    /** Reads the header's value ({@code fail-to-start}, {@code fail-after-pages=N}); anything else is ignored. */
    void ask(String header) {
        String value = header.trim();
        if (value.equals("fail-to-start")) {
            failToStart = true;
        } else if (value.startsWith("fail-after-pages=")) {
            failAfterPages = Integer.valueOf(value.substring("fail-after-pages=".length()));
        } else if (value.startsWith("slow-lines=")) {
            slowLines = Integer.valueOf(value.substring("slow-lines=".length()));
        }
    }

    boolean failToStart() {
        return failToStart;
    }

    /** The job parameters that carry the faults asked for. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new java.util.HashMap<>();
        Optional.ofNullable(failAfterPages).ifPresent(n -> parameters.put(FAIL_AFTER_PAGES, Integer.toString(n)));
        Optional.ofNullable(slowLines).ifPresent(n -> parameters.put(SLOW_LINES, Integer.toString(n)));
        return parameters;
    }
}
