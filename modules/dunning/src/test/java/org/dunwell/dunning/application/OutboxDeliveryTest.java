package org.dunwell.dunning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.dunning.api.Outbox;
import org.dunwell.dunning.api.OutboxMessageView;
import org.dunwell.dunning.infrastructure.JakartaMailTransport;
import org.dunwell.dunning.support.DunningTier;
import org.dunwell.kernel.api.AdjustableClock;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * The outbox against a real SMTP server started by the test (GreenMail): while the server is down nothing is lost
 * and every attempt waits longer; once it is back every email arrives once, with its PDF, in the contact's
 * language; a second sender never sends what the first claimed; a manager retries a failed email or cancels it.
 */
class OutboxDeliveryTest {

    private static final UserName MANAGER = UserName.of("manager");

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static JakartaMailTransport transport(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        return new JakartaMailTransport(Session.getInstance(properties), "collections@dunwell.example");
    }

    /** A company whose three customers are each due a first letter; two have an email address. */
    private static String lettersPosted(DunningTier tier, LocalDate day) {
        String company = tier.newCompany("EUR", "en");
        tier.importCsv(ImportKind.CUSTOMERS, """
                account,name,currency,language,email
                C1,Erste GmbH,EUR,de,ap@erste.example
                C2,Second Ltd,EUR,en,ap@second.example
                C3,Third Ltd,EUR,en,
                """, company);
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,1234.56
                I2,C2,2026-09-01,2026-10-01,EUR,100.00
                I3,C3,2026-09-01,2026-10-01,EUR,100.00
                """, company);
        tier.tx(s -> s.sequences().put(company, new LetterSequenceView(null, "STD", null, LetterScope.PER_CUSTOMER,
                EscalationRule.ONE_LEVEL_PER_RUN, true, List.of(), List.of(new LetterSequenceView.Level(1, 14, false,
                false, null, List.of(new LetterSequenceView.Amount("EUR", new BigDecimal("5.00"), null)), List.of(
                        new LetterSequenceView.Text("en", "Payment reminder", "Please pay."),
                        new LetterSequenceView.Text("de", "Zahlungserinnerung", "Bitte zahlen Sie.")))), 0), null,
                "set-up", MANAGER));
        tier.post(company, tier.propose(company, day, 500));
        return company;
    }

    private static List<OutboxMessageView> messages(DunningTier tier, String company) {
        return tier.tx(s -> s.outbox().list(company, null, PageRequest.first(50)).items());
    }

    @DatabaseTest
    void whileSmtpIsDownNothingIsLostAndOnceItIsBackEveryEmailArrivesOnce(TestDatabase db) throws Exception {
        AdjustableClock moving = new AdjustableClock(Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"),
                ZoneOffset.UTC));
        DunningTier tier = new DunningTier(db, new BusinessClock(moving));
        String company = lettersPosted(tier, LocalDate.of(2026, 11, 2));
        int port = freePort();
        Outbox outbox = tier.outbox(transport(port));

        assertThat(outbox.deliverDue(moving.instant(), 100, "server-a")).as("SMTP is down").isZero();
        List<OutboxMessageView> waiting = messages(tier, company);
        assertThat(waiting).hasSize(2).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo("PENDING");
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.lastError()).contains("MailConnectException");
            assertThat(m.nextAttemptAt()).isEqualTo(moving.instant().plus(Duration.ofMinutes(1)));
        });
        assertThat(outbox.deliverDue(moving.instant(), 100, "server-a")).as("not due before the backoff").isZero();
        moving.advance(Duration.ofMinutes(1));
        assertThat(outbox.deliverDue(moving.instant(), 100, "server-a")).isZero();
        assertThat(messages(tier, company)).allSatisfy(m -> assertThat(m.nextAttemptAt())
                .as("the second wait is twice the first").isEqualTo(moving.instant().plus(Duration.ofMinutes(2))));

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            moving.advance(Duration.ofMinutes(2));
            assertThat(outbox.deliverDue(moving.instant(), 100, "server-a")).isEqualTo(2);
            moving.advance(Duration.ofHours(2));
            assertThat(outbox.deliverDue(moving.instant(), 100, "server-a")).as("nothing twice").isZero();
            assertThat(outbox.deliverDue(moving.instant(), 100, "server-b")).isZero();
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(2);
            MimeMessage german = List.of(received).stream().filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals("ap@erste.example");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow();
            assertThat(german.getSubject()).isEqualTo("Zahlungserinnerung");
            assertThat(german.getMessageID()).startsWith("<outbox-");
            Multipart parts = (Multipart) german.getContent();
            assertThat((String) parts.getBodyPart(0).getContent()).contains("Anbei erhalten Sie unser Schreiben DL");
            Part pdf = parts.getBodyPart(1);
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            String text = LetterPdfTest.text(pdf.getInputStream().readAllBytes());
            assertThat(text).contains("Erste GmbH", "I1", "1.234,56 €", "Mahngebühr", "5,00 €", "1.239,56 €");
            assertThat(messages(tier, company)).allSatisfy(m -> {
                assertThat(m.status()).isEqualTo("SENT");
                assertThat(m.attempts()).isEqualTo(3);
            });
            List<String> history = tier.tx(s -> s.audit().history(company, "collections", "C1",
                    PageRequest.first(50)).items()).stream().map(e -> e.action()).toList();
            assertThat(history).contains("letter-posted", "email-retry", "email-sent");
        } finally {
            smtp.stop();
        }
    }

    @DatabaseTest
    void aSecondSenderNeverSendsWhatTheFirstClaimedAndAFailedEmailIsRetriedOrCancelledByAManager(TestDatabase db)
            throws Exception {
        AdjustableClock moving = new AdjustableClock(Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"),
                ZoneOffset.UTC));
        DunningTier tier = new DunningTier(db, new BusinessClock(moving));
        String company = lettersPosted(tier, LocalDate.of(2026, 11, 2));
        Instant now = moving.instant();
        List<OutboxMessageView> claimed = tier.tx(s -> s.outboxSteps().claim(now, 100, "server-a",
                now.plus(Duration.ofMinutes(5))));
        assertThat(claimed).hasSize(2);
        List<OutboxMessageView> second = tier.tx(s -> s.outboxSteps().claim(now, 100, "server-b",
                now.plus(Duration.ofMinutes(5))));
        assertThat(second).as("claimed by server-a").isEmpty();

        Outbox down = tier.outbox(transport(freePort()));
        for (int attempt = 0; attempt < Outbox.MAX_ATTEMPTS + 2; attempt++) {
            moving.advance(Duration.ofHours(2));
            down.deliverDue(moving.instant(), 100, "server-a");
        }
        List<OutboxMessageView> failed = messages(tier, company);
        assertThat(failed).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo("FAILED");
            assertThat(m.attempts()).isEqualTo(Outbox.MAX_ATTEMPTS);
        });
        OutboxMessageView first = failed.get(0);
        OutboxMessageView retried = down.retry(company, first.id(), first.version(), MANAGER);
        assertThat(retried.status()).isEqualTo("PENDING");
        assertThat(retried.attempts()).isZero();
        assertThatThrownBy(() -> down.retry(company, first.id(), first.version(), MANAGER))
                .hasMessageContaining("version");
        OutboxMessageView other = failed.get(1);
        assertThat(down.cancel(company, other.id(), other.version(), "customer paid by phone", MANAGER).status())
                .isEqualTo("CANCELLED");
        OutboxMessageView cancelled = down.get(company, other.id());
        assertThatThrownBy(() -> down.retry(company, other.id(), cancelled.version(), MANAGER))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void anEmailWithoutALetterGoesAsItsOwnTextOnce(TestDatabase db) throws Exception {
        DunningTier tier = new DunningTier(db, LocalDate.of(2026, 11, 2));
        String company = tier.newCompany("EUR", "de");
        int port = freePort();
        long id = tier.tx(s -> s.outboxSteps().queue(company, "C9", "REMINDER", "ap@neun.example", "de",
                "Zahlungserinnerung, Kundenkonto C9", "Guten Tag,\nbitte überweisen Sie 1.234,56 €.", MANAGER));
        String stored = tier.tx(s -> s.outbox().body(id));
        assertThat(stored).contains("1.234,56 €");
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Outbox outbox = tier.outbox(transport(port));
            Instant later = Instant.parse("2100-01-01T00:00:00Z");
            // the sender delivers every company's due messages: the other tests' in this database too
            outbox.deliverDue(later, 1000, "server-a");
            outbox.deliverDue(later, 1000, "server-a");
            MimeMessage[] received = List.of(smtp.getReceivedMessages()).stream().filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals("ap@neun.example");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(MimeMessage[]::new);
            assertThat(received).as("once").hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Zahlungserinnerung, Kundenkonto C9");
            assertThat(received[0].getContent()).as("plain text, no attachment").isInstanceOf(String.class);
            assertThat(((String) received[0].getContent()).replace("\r\n", "\n").strip())
                    .isEqualTo("Guten Tag,\nbitte überweisen Sie 1.234,56 €.");
            assertThat(tier.tx(s -> s.outbox().get(company, id)).orElseThrow().status()).isEqualTo("SENT");
        } finally {
            smtp.stop();
        }
    }
}
