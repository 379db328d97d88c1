package org.dunwell.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every in-server test runs once per tier: against the server on Derby, and against the server on
 * PostgreSQL (system property {@code dunwell.it.database}). The PostgreSQL tier is skipped, not
 * failed, when the build found no PostgreSQL (the test kit's {@code FreshPostgresDatabase} left the marker named by
 * {@code dunwell.it.skipMarker}). Registered for every test class by JUnit's extension
 * auto-detection (junit-platform.properties), so a new test class cannot forget it.
 */
public final class InServerTier implements ExecutionCondition {

    /** The database the server under test runs on: {@code derby} or {@code postgresql}. */
    public static String database() {
        return System.getProperty("dunwell.it.database", "derby");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String marker = System.getProperty("dunwell.it.skipMarker");
        if (marker != null && Files.exists(Path.of(marker))) {
            return ConditionEvaluationResult.disabled("the in-server tier on " + database() + " is skipped: "
                    + read(Path.of(marker)));
        }
        return ConditionEvaluationResult.enabled("server on " + database());
    }

    private static String read(Path marker) {
        try {
            return Files.readString(marker).trim();
        } catch (IOException e) {
            return "skip marker " + marker;
        }
    }
}
