package org.dunwell.collections.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.dunwell.collections.api.DisputeDraft;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.DisputeView;
import org.dunwell.collections.api.WriteOffStatus;
import org.dunwell.collections.api.WriteOffView;
import org.dunwell.collections.support.CollectionsTier;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Disputes and write-offs over the real ledger: what is disputed or written off never exceeds what is open, a
 * credit issued or a write-off approved is posted and settles the invoice, the invoice's collection status
 * follows its open disputes, and a write-off is decided by the one approval rule.
 */
class DisputesAndWriteOffsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final UserName CLERK = UserName.of("clerk");
    private static final UserName CREDIT = UserName.of("credit");
    private static final UserName CFO = UserName.of("cfo");

    /** C1 (NORTH): I1 1,000.00 and I2 60,000.00 (above the 50,000 threshold); C2 (SOUTH): I3 500.00. */
    private static String ledger(CollectionsTier tier) {
        String company = tier.companyWithNorthAndSouth();
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,1000.00
                I2,C1,2026-09-15,2026-10-15,EUR,60000.00
                I3,C2,2026-09-20,2026-10-20,EUR,500.00
                """, company);
        return company;
    }

    private static DocumentView invoice(CollectionsTier tier, String company, String document) {
        return tier.tx(s -> s.documents().get(company, document));
    }

    private static DisputeView dispute(CollectionsTier tier, String company, String document, String amount) {
        return tier.tx(s -> s.disputes().open(company, new DisputeDraft(document,
                amount == null ? null : new BigDecimal(amount), null, "PRICE", "billed twice", null), ALL, CLERK));
    }

    @DatabaseTest
    void disputesCoverAtMostTheOpenAmountAndACreditIssuedSettlesTheInvoice(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        DisputeView first = dispute(tier, company, "I1", "400.00");
        assertThat(invoice(tier, company, "I1").collectionStatus()).isEqualTo(CollectionStatus.DISPUTED);
        DisputeView rest = dispute(tier, company, "I1", null);
        assertThat(rest.amount()).as("the undisputed remainder: 1000.00 - 400.00").isEqualTo(eur("600.00"));
        assertThatThrownBy(() -> dispute(tier, company, "I1", "0.01"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("0.00 EUR open and not disputed");

        assertThatThrownBy(() -> tier.tx(s -> s.disputes().resolve(company, first.id(), first.version() + 1,
                DisputeStatus.CREDIT_ISSUED, new BigDecimal("250.00"), "CN-D1", null, ALL, CREDIT)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.disputes().resolve(company, first.id(), first.version(),
                DisputeStatus.CREDIT_ISSUED, new BigDecimal("400.01"), "CN-D1", null, ALL, CREDIT)))
                .as("more than was disputed").isInstanceOf(InvalidInputException.class);
        DisputeView credited = tier.tx(s -> s.disputes().resolve(company, first.id(), first.version(),
                DisputeStatus.CREDIT_ISSUED, new BigDecimal("250.00"), "CN-D1", "agreed", ALL, CREDIT));
        assertThat(credited.creditNote()).isEqualTo("CN-D1");
        DocumentView creditNote = invoice(tier, company, "CN-D1");
        assertThat(creditNote.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
        assertThat(creditNote.amount()).isEqualTo(eur("250.00"));
        assertThat(invoice(tier, company, "I1").openAmount()).as("1000.00 - 250.00").isEqualTo(eur("750.00"));
        assertThat(invoice(tier, company, "I1").collectionStatus()).as("the second dispute is still open")
                .isEqualTo(CollectionStatus.DISPUTED);

        tier.tx(s -> s.disputes().resolve(company, rest.id(), rest.version(), DisputeStatus.CUSTOMER_WITHDREW, null,
                null, "customer paid", ALL, CREDIT));
        assertThat(invoice(tier, company, "I1").collectionStatus()).isEqualTo(CollectionStatus.NONE);
        assertThat(invoice(tier, company, "I1").openAmount()).isEqualTo(eur("750.00"));
        DisputeView withdrawn = tier.tx(s -> s.disputes().get(company, rest.id(), ALL));
        assertThatThrownBy(() -> tier.tx(s -> s.disputes().resolve(company, rest.id(), withdrawn.version(),
                DisputeStatus.RESOLVED, null, null, null, ALL, CREDIT))).isInstanceOf(ConflictException.class);
        assertThat(tier.tx(s -> s.disputes().list(company, "C1", null, DisputeStatus.OPEN, null, ALL,
                PageRequest.first(10))).total()).isZero();
    }

    @DatabaseTest
    void aWriteOffIsRoutedByItsAmountDecidedByAnotherPersonAndPostedWhenApproved(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        WriteOffView residue = tier.tx(s -> s.writeOffs().request(company, "I1", new BigDecimal("50.00"), "RESIDUE",
                null, ALL, CLERK));
        assertThat(residue.approverLevel()).isEqualTo(ApproverLevel.CREDIT_MANAGER);
        assertThat(residue.status()).isEqualTo(WriteOffStatus.PENDING);
        assertThat(invoice(tier, company, "I1").openAmount()).as("nothing moves before approval")
                .isEqualTo(eur("1000.00"));
        WriteOffView approved = tier.tx(s -> s.writeOffs().approve(company, residue.id(), residue.version(), "ok",
                ALL, CREDIT, ApproverLevel.CREDIT_MANAGER));
        assertThat(approved.status()).isEqualTo(WriteOffStatus.APPROVED);
        assertThat(approved.postedDocument()).isEqualTo("WO-" + residue.id());
        assertThat(invoice(tier, company, "WO-" + residue.id()).kind()).isEqualTo(DocumentKind.WRITE_OFF);
        assertThat(invoice(tier, company, "I1").openAmount()).as("1000.00 - 50.00").isEqualTo(eur("950.00"));

        WriteOffView big = tier.tx(s -> s.writeOffs().request(company, "I2", null, "BANKRUPTCY", null, ALL, CLERK));
        assertThat(big.amount()).as("the whole open amount").isEqualTo(eur("60000.00"));
        assertThat(big.approverLevel()).isEqualTo(ApproverLevel.SENIOR_APPROVER);
        assertThatThrownBy(() -> tier.tx(s -> s.writeOffs().approve(company, big.id(), null, null, ALL, CREDIT,
                ApproverLevel.CREDIT_MANAGER))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.writeOffs().approve(company, big.id(), null, null, ALL, CLERK,
                ApproverLevel.SENIOR_APPROVER))).as("the requester").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.writeOffs().reject(company, big.id(), null, " ", ALL, CFO,
                ApproverLevel.SENIOR_APPROVER))).isInstanceOf(InvalidInputException.class);
        WriteOffView rejected = tier.tx(s -> s.writeOffs().reject(company, big.id(), null, "collect it", ALL, CFO,
                ApproverLevel.SENIOR_APPROVER));
        assertThat(rejected.status()).isEqualTo(WriteOffStatus.REJECTED);
        assertThat(invoice(tier, company, "I2").openAmount()).isEqualTo(eur("60000.00"));
        assertThatThrownBy(() -> tier.tx(s -> s.writeOffs().request(company, "I1", new BigDecimal("950.01"),
                "RESIDUE", null, ALL, CLERK))).isInstanceOf(RuleViolationException.class);

        List<AuditEntry> history = tier.tx(s -> s.timelines().history(company, "C1", ALL, PageRequest.first(50)))
                .items();
        assertThat(history).extracting(AuditEntry::action, AuditEntry::actor).contains(
                Tuple.tuple("write-off-requested", "clerk"),
                Tuple.tuple("write-off-approved", "credit"),
                Tuple.tuple("write-off-rejected", "cfo"));
    }

    @DatabaseTest
    void anAgentCannotDisputeOrWriteOffWhatItDoesNotSee(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        CustomerScope southOnly = CustomerScope.anyOf(List.of(new CustomerCriteria(company, "SOUTH", null, null)));
        String missing = catchThrowable(() -> tier.tx(s -> s.writeOffs().request(company, "NOPE", null, "RESIDUE",
                null, southOnly, CLERK))).getMessage().replace("NOPE", "I1");
        assertThatThrownBy(() -> tier.tx(s -> s.writeOffs().request(company, "I1", null, "RESIDUE", null, southOnly,
                CLERK))).isInstanceOf(NotFoundException.class).hasMessage(missing);
        assertThatThrownBy(() -> tier.tx(s -> s.disputes().open(company, new DisputeDraft("I1", null, null, "PRICE",
                null, null), southOnly, CLERK))).isInstanceOf(NotFoundException.class).hasMessage(missing);
        DisputeView north = dispute(tier, company, "I1", null);
        assertThatThrownBy(() -> tier.tx(s -> s.disputes().resolve(company, north.id(), north.version(),
                DisputeStatus.RESOLVED, null, null, null, southOnly, CREDIT))).isInstanceOf(NotFoundException.class);
        assertThat(tier.tx(s -> s.disputes().get(company, north.id(), ALL)).status()).isEqualTo(DisputeStatus.OPEN);
        WriteOffView south = tier.tx(s -> s.writeOffs().request(company, "I3", null, "RESIDUE", null, southOnly,
                CLERK));
        assertThat(tier.tx(s -> s.writeOffs().list(company, null, null, southOnly, PageRequest.first(10))).items())
                .extracting(WriteOffView::id).containsExactly(south.id());
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
