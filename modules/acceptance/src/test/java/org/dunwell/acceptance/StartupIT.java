package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first start of the demo (the test server starts on an empty database and loads the demo data)
 * raises no alarm: no FFDC incident and no error message is logged before the application has started.
 */
class StartupIT {

    @Test
    void theFirstStartOfTheDemoLogsNoIncident() throws IOException {
        HttpApi.awaitReady();
        Path log = Path.of(System.getProperty("dunwell.it.serverLog", "target/liberty/wlp/usr/servers/dunwell-it/logs"
                + "/messages.log"));
        assertThat(log).as("the test server's log").exists();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        int started = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("CWWKZ0001I") && lines.get(i).contains("dunwell")) {
                started = i;
                break;
            }
        }
        assertThat(started).as("the application's start is logged").isPositive();
        assertThat(lines.subList(0, started)).as("incidents and errors logged while the demo started")
                .noneMatch(line -> line.contains("FFDC1015I") || line.matches(".*\\s[EF]\\s.*"));
    }
}
