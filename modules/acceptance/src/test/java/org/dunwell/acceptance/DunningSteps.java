package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Steps of dunning the in-server tests share: a sequence, a run proposed and posted, a PDF's text. */
final class DunningSteps {

    private static final HttpApi MANAGER = HttpApi.as("manager");

    private DunningSteps() {
    }

    /** A company default sequence STD: level 1 after 14 days (fee 5.00 EUR), level 2 after 14 more (fee 10.00). */
    static void standardSequence(String company) {
        MANAGER.request("PUT", "/api/v1/letter-sequences/STD?company=" + company, null, "{\"company\":\"" + company
                + "\",\"reason\":\"standard dunning\",\"companyDefault\":true,\"levels\":["
                + "{\"level\":1,\"days\":14,\"amounts\":[{\"currency\":\"EUR\",\"fee\":\"5.00\"}],\"texts\":["
                + "{\"language\":\"en\",\"subject\":\"Payment reminder\",\"body\":\"Our records show these invoices"
                + " unpaid.\"},{\"language\":\"de\",\"subject\":\"Zahlungserinnerung\",\"body\":\"Folgende Rechnungen"
                + " sind offen.\"}]},"
                + "{\"level\":2,\"days\":14,\"amounts\":[{\"currency\":\"EUR\",\"fee\":\"10.00\"}],\"texts\":["
                + "{\"language\":\"en\",\"subject\":\"Second reminder\",\"body\":\"Please pay now.\"}]}]}")
                .assertStatus(200);
    }

    /** Starts a proposal as of {@code asOf} and waits until it is PROPOSED; the run. */
    static JsonObject propose(String company, String asOf) {
        JsonObject run = MANAGER.postJson("/api/v1/letter-runs?company=" + company, "{\"company\":\"" + company
                + "\",\"asOf\":\"" + asOf + "\"}").assertStatus(202).json();
        return awaitStatus(company, run.getJsonNumber("id").longValue(), "PROPOSED");
    }

    /** Waits until the run is in {@code status}; fails when its job failed or it takes too long. */
    static JsonObject awaitStatus(String company, long run, String status) {
        for (int i = 0; i < 400; i++) {
            HttpApi.Answer answer = MANAGER.get("/api/v1/letter-runs/" + run + "?company=" + company)
                    .assertStatus(200);
            JsonObject view = answer.json();
            if (view.getString("status").equals(status)) {
                return view;
            }
            if ("FAILED".equals(answer.header("Dunwell-Job-Status")) && !"FAILED".equals(status)) {
                throw new AssertionError("the job of letter run " + run + " failed: " + view);
            }
            sleep(250);
        }
        throw new AssertionError("letter run " + run + " did not become " + status);
    }

    /** The job status header of a run while it works (FAILED after a fault), waited for. */
    static void awaitJob(String company, long run, String status) {
        for (int i = 0; i < 400; i++) {
            String job = MANAGER.get("/api/v1/letter-runs/" + run + "?company=" + company).assertStatus(200)
                    .header("Dunwell-Job-Status");
            if (status.equals(job)) {
                return;
            }
            sleep(250);
        }
        throw new AssertionError("the job of letter run " + run + " did not become " + status);
    }

    /** Posts a PROPOSED run at its version and waits until it is POSTED. */
    static JsonObject post(String company, JsonObject run) {
        long id = run.getJsonNumber("id").longValue();
        MANAGER.exchange("POST", "/api/v1/letter-runs/" + id + "/post?company=" + company,
                Map.of("If-Match", "\"" + run.getJsonNumber("version") + "\""), null).assertStatus(202);
        return awaitStatus(company, id, "POSTED");
    }

    static List<JsonObject> lines(HttpApi as, String company, long run) {
        return as.get("/api/v1/letter-runs/" + run + "/lines?size=500&company=" + company).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static List<JsonObject> letters(HttpApi as, String company, String account) {
        return as.get("/api/v1/letters?size=500&company=" + company + (account == null ? "" : "&account=" + account))
                .assertStatus(200).json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The text of a PDF the API answers with. */
    static String pdfText(HttpApi as, String path) {
        HttpResponse<byte[]> response = as.download(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        } catch (IOException e) {
            throw new AssertionError("not a PDF: " + path, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
