package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dunning over HTTP against the started server and a real SMTP server the test starts (GreenMail, on the port the
 * server's outbox sends to): a proposal as of a date, read by an agent for its pool only, posted by a manager only,
 * a posting that fails half way restarted without a second letter, fee or email, the letters as PDF in the
 * customer's language, the statement, and the emails that arrive once each; bad sequences are 400 and write
 * nothing.
 */
class DunningIT {

    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static final HttpApi ERP = HttpApi.as("erp");
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static final HttpApi AGENT1 = HttpApi.as("agent1");
    private static GreenMail smtp;
    private static String company;
    private static String q;
    private static LocalDate today;

    @BeforeAll
    static void aCompanyWithOverdueCustomersAndAMailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("dunwell.it.smtpPort", 9125), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        company = "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        q = "?company=" + company;
        today = LocalDate.parse(ADMIN.get("/api/v1/admin/business-date").assertStatus(200).json().getString("date"));
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Dunning IT GmbH\","
                + "\"accountingCurrency\":\"EUR\",\"language\":\"en\"}").assertStatus(201);
        ERP.post("/api/v1/imports/customers" + q, "text/csv", """
                account,name,currency,region,language,email
                L1,Erste Kunde GmbH,EUR,MINE,de,ap@erste.example
                L2,Second Customer Ltd,EUR,MINE,en,
                L3,Third Customer Ltd,EUR,OTHER,en,ap@third.example
                """).assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + "LI-1,L1," + today.minusDays(60) + "," + today.minusDays(30) + ",EUR,1234.56\n"
                + "LI-2,L2," + today.minusDays(60) + "," + today.minusDays(30) + ",EUR,200.00\n"
                + "LI-3,L3," + today.minusDays(60) + "," + today.minusDays(30) + ",EUR,300.00\n").assertStatus(200);
        MANAGER.postJson("/api/v1/pools" + q, "{\"company\":\"" + company + "\",\"name\":\"mine\",\"conditions\":"
                + "[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"MINE\"}]}").assertStatus(201);
        MANAGER.postJson("/api/v1/pools/mine/reassign" + q, "{\"company\":\"" + company + "\",\"to\":\"agent1\"}")
                .assertStatus(200);
        DunningSteps.standardSequence(company);
    }

    @AfterAll
    static void stopTheMailServer() {
        smtp.stop();
    }

    @Test
    void aRunIsProposedReadInScopePostedOnceAfterAFailureAndItsLettersArriveAsPdfByEmail() throws Exception {
        JsonObject run = DunningSteps.propose(company, today.toString());
        long id = run.getJsonNumber("id").longValue();
        List<JsonObject> lines = DunningSteps.lines(MANAGER, company, id);
        assertThat(lines).extracting(l -> l.getString("account") + ":" + l.getString("status") + ":"
                + l.getInt("level")).containsExactlyInAnyOrder("L1:PROPOSED:1", "L2:PROPOSED:1", "L3:PROPOSED:1");
        JsonObject first = lines.stream().filter(l -> l.getString("account").equals("L1")).findFirst().orElseThrow();
        assertThat(first.getString("escalation")).isEqualTo("ONE_LEVEL_PER_RUN");
        assertThat(first.getString("reason")).contains("30 days past due");
        assertThat(first.getString("language")).isEqualTo("de");
        assertThat(first.getString("fee")).isEqualTo("5.00");
        assertThat(DunningSteps.lines(AGENT1, company, id)).extracting(l -> l.getString("account"))
                .as("an agent reads its pool's lines").containsExactlyInAnyOrder("L1", "L2");

        String ifMatch = "\"" + run.getJsonNumber("version") + "\"";
        AGENT1.exchange("POST", "/api/v1/letter-runs/" + id + "/post" + q, Map.of("If-Match", ifMatch), null)
                .assertProblem(403);
        MANAGER.exchange("POST", "/api/v1/letter-runs/" + id + "/post" + q, Map.of(), null).assertProblem(428);

        // the posting job fails after one letter (the test's fault); restarted, it posts the others, none twice
        MANAGER.exchange("POST", "/api/v1/letter-runs/" + id + "/post" + q, Map.of("If-Match", ifMatch,
                "Dunwell-Test-Fault", "fail-after-pages=1"), null).assertStatus(202);
        DunningSteps.awaitJob(company, id, "FAILED");
        assertThat(DunningSteps.letters(MANAGER, company, null)).hasSize(1);
        MANAGER.postJson("/api/v1/letter-runs/" + id + "/restart" + q, "{}").assertStatus(202);
        JsonObject posted = DunningSteps.awaitStatus(company, id, "POSTED");
        assertThat(posted.getInt("letters")).isEqualTo(3);
        MANAGER.exchange("POST", "/api/v1/letter-runs/" + id + "/post" + q, Map.of("If-Match", "\""
                + posted.getJsonNumber("version") + "\""), null).assertProblem(409);

        List<JsonObject> letters = DunningSteps.letters(MANAGER, company, null);
        assertThat(letters).extracting(l -> l.getString("account")).containsExactlyInAnyOrder("L1", "L2", "L3");
        List<JsonObject> fees = MANAGER.get("/api/v1/invoices?size=100&company=" + company).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject l1 = DunningSteps.letters(MANAGER, company, "L1").get(0);
        long l1Id = l1.getJsonNumber("id").longValue();
        assertThat(l1.getString("total")).isEqualTo("1239.56");
        assertThat(fees).isNotNull();
        String text = DunningSteps.pdfText(AGENT1, "/api/v1/letters/" + l1Id + "/pdf" + q);
        assertThat(text).contains("Dunning IT GmbH", "Erste Kunde GmbH", "LI-1", "1.234,56 €", "Mahngebühr",
                "5,00 €", "1.239,56 €", "Zahlungserinnerung", l1.getString("number"));
        long l3Id = DunningSteps.letters(MANAGER, company, "L3").get(0).getJsonNumber("id").longValue();
        AGENT1.get("/api/v1/letters/" + l3Id + q).assertProblem(404);
        assertThat(AGENT1.download("/api/v1/letters/" + l3Id + "/pdf" + q).statusCode()).isEqualTo(404);
        assertThat(DunningSteps.pdfText(MANAGER, "/api/v1/customers/L1/statement?format=pdf&company=" + company))
                .contains("Kontoauszug", "LI-1", "1.234,56 €");
        MANAGER.get("/api/v1/customers/L1/statement?format=xls&company=" + company).assertProblem(400);

        // two letters have an email address: each arrives once, with its PDF, and the outbox says SENT
        assertThat(smtp.waitForIncomingEmail(30_000, 2)).isTrue();
        Thread.sleep(2_500);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(List.of(received).stream().filter(m -> List.of("Zahlungserinnerung", "Payment reminder")
                .contains(subject(m))).map(DunningIT::recipient).toList())
                .containsExactlyInAnyOrder("ap@erste.example", "ap@third.example");
        List<JsonObject> outbox = MANAGER.get("/api/v1/outbox?size=100&company=" + company).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(outbox).extracting(m -> m.getString("status")).containsExactly("SENT", "SENT");
        AGENT1.get("/api/v1/outbox" + q).assertProblem(403);
        // the fees go back to the ERP through the postings feed, once
        JsonObject feed = ERP.get("/api/v1/postings?company=" + company).assertStatus(200).json();
        assertThat(feed.getJsonArray("entries").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind")
                + " " + e.getString("account") + " " + e.getString("amount")).containsExactlyInAnyOrder(
                "FEE L1 5.00", "FEE L2 5.00", "FEE L3 5.00");
        assertThat(ERP.get("/api/v1/postings?after=" + feed.getJsonNumber("next") + "&company=" + company)
                .assertStatus(200).json().getJsonArray("entries")).isEmpty();
        AGENT1.get("/api/v1/postings" + q).assertProblem(403);
        List<String> history = MANAGER.get("/api/v1/customers/L1/collections-history?size=50&company=" + company)
                .assertStatus(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertThat(history).contains("letter-posted", "email-sent");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadSequenceIsRefusedNamingTheFieldAndNothingIsWritten() {
        String levels = "\"levels\":[{\"level\":1,\"days\":14,\"texts\":[{\"language\":\"en\",\"subject\":\"s\","
                + "\"body\":\"b\"}]},";
        String overlapping = "{\"reason\":\"r\"," + levels + "{\"level\":1,\"days\":14,\"texts\":[{\"language\":"
                + "\"en\",\"subject\":\"s\",\"body\":\"b\"}]}]}";
        assertThat(MANAGER.request("PUT", "/api/v1/letter-sequences/BAD" + q, null, overlapping).assertProblem(400)
                .toString()).contains("levels[1].level");
        String unknownCurrency = "{\"reason\":\"r\",\"levels\":[{\"level\":1,\"days\":14,\"amounts\":[{\"currency\":"
                + "\"XYZ\",\"fee\":\"5.00\"}],\"texts\":[{\"language\":\"en\",\"subject\":\"s\",\"body\":\"b\"}]}]}";
        assertThat(MANAGER.request("PUT", "/api/v1/letter-sequences/BAD" + q, null, unknownCurrency)
                .assertProblem(400).toString()).contains("XYZ");
        String noCompanyLanguage = "{\"reason\":\"r\",\"levels\":[{\"level\":1,\"days\":14,\"texts\":[{\"language\":"
                + "\"de\",\"subject\":\"s\",\"body\":\"b\"}]}]}";
        assertThat(MANAGER.request("PUT", "/api/v1/letter-sequences/BAD" + q, null, noCompanyLanguage)
                .assertProblem(400).toString()).contains("company's language en");
        MANAGER.get("/api/v1/letter-sequences/BAD" + q).assertProblem(404);
        AGENT1.request("PUT", "/api/v1/letter-sequences/BAD" + q, null, "{}").assertProblem(403);
    }
}
