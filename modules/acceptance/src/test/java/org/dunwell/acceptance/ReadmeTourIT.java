package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's tour (the block between the tour markers) with bash and curl against the
 * test server, so that the README keeps telling the truth.
 */
class ReadmeTourIT {

    @Test
    void theToursCommandsDoWhatTheReadmeSays() throws IOException, InterruptedException {
        HttpApi.awaitReady();
        String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("<!-- tour:start -->");
        int end = readme.indexOf("<!-- tour:end -->");
        assertThat(start).as("the README marks its tour").isPositive();
        String block = readme.substring(start, end);
        String script = block.substring(block.indexOf("```sh") + 5, block.lastIndexOf("```"))
                .replace("localhost:9080", HttpApi.BASE.replaceFirst("^https?://", ""));
        // in target/: the tour saves a letter's PDF where it runs
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(new java.io.File("target"))
                .redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).contains("\"code\":\"DW02\"");
        assertThat(output).contains("\"kind\":\"customers\"", "\"applied\":1");
        assertThat(output).contains("\"kind\":\"invoices\"", "\"applied\":2");
        assertThat(output).contains("\"kind\":\"payments\"");
        assertThat(output).contains("\"openBalance\":\"850.50\"",
                "{\"name\":\"1-30\",\"fromDays\":1,\"toDays\":30,\"amount\":\"250.50\"}",
                "{\"name\":\"31-60\",\"fromDays\":31,\"toDays\":60,\"amount\":\"600.00\"}",
                "{\"name\":\"current\",\"fromDays\":null,\"toDays\":0,\"amount\":\"0.00\"}");
        assertThat(output).as("the promise and the dispute").contains("\"documents\":[\"INV-2\"]",
                "\"promisedOn\":\"", "\"reasonCode\":\"PRICE\"", "\"action\":\"promise-made\"",
                "\"action\":\"dispute-opened\"", "\"newValue\":\"DISPUTED\"");
        assertThat(output).contains("\"decision\":\"BLOCKED\"", "\"exposure\":\"1150.50\"",
                "\"resolutionNote\":\"prepayment received\"");
        // the ERP's poll after the release (JSON-B writes properties in lexicographic order)
        assertThat(output).as("the ERP's poll after the release").containsPattern(
                "\"holdStatus\":\"RELEASED\"[^}]*\"orderReference\":\"SO-77\"");
        assertThat(output).as("the letter run's proposal").contains("\"reason\":\"nothing overdue that a letter may"
                + " name\"", "\"excludedBecause\":\"disputed\"", "\"excludedBecause\":\"payment promised\"");
        assertThat(output).as("the letter").contains("\"subject\":\"Zahlungserinnerung\"", "\"fee\":\"5.00\"",
                "\"total\":\"505.00\"", "\"feeDocument\":\"DL");
        assertThat(output).as("the PDF").containsPattern("application/pdf, [1-9][0-9]{3,} bytes");
        assertThat(output).as("the reminder draft, edited and approved").contains("\"kind\":\"REMINDER_EMAIL\"",
                "\"passed\":true", "\"subject\":\"Zahlungserinnerung: Rechnung INV-3\"", "\"status\":\"APPROVED\"",
                "\"approvedBy\":\"manager\"", "\"outboxMessage\":");
    }
}
