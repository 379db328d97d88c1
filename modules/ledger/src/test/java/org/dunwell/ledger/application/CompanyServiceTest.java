package org.dunwell.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CompanyView;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

class CompanyServiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final UserName ADMIN = UserName.of("admin");
    private static final BusinessClock CLOCK = BusinessClock.fixedAt(LocalDate.of(2026, 11, 22));

    private static <T> T inService(TestDatabase db, Function<CompanyService, T> work) {
        return db.inTransaction("ledger-test", (EntityManager em) ->
                work.apply(new CompanyService(new JpaCompanyRepository(em), new JpaAuditTrail(em), CLOCK)));
    }

    @DatabaseTest
    void createsReadsAndAuditsACompany(TestDatabase db) {
        CompanyView created = inService(db, s -> s.create(CompanyCode.of("C1"), new CompanyDraft("Acme GmbH", EUR),
                ADMIN, "new legal entity"));
        assertThat(created.version()).isEqualTo(1);

        CompanyView read = inService(db, s -> s.get(CompanyCode.of("C1")));
        assertThat(read).isEqualTo(created);
        java.util.List<String> codes = inService(db, s -> s.codes());
        assertThat(codes).as("every company, for the jobs that go through all").contains("C1").doesNotHaveDuplicates();

        var history = db.inTransaction("ledger-test", (EntityManager em) ->
                new JpaAuditTrail(em).history("C1", "company", "C1", PageRequest.first(10)));
        assertThat(history.items()).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::reason)
                .containsExactly(Tuple.tuple("created", "admin", "new legal entity"));
    }

    @DatabaseTest
    void aCompanySpeaksEnglishUnlessToldOtherwiseAndALanguageChangeIsAudited(TestDatabase db) {
        CompanyView created = inService(db, s -> s.create(CompanyCode.of("L1"), new CompanyDraft("Lingua", EUR),
                ADMIN, null));
        assertThat(created.language()).isEqualTo("en");
        CompanyView changed = inService(db, s -> s.update(CompanyCode.of("L1"), created.version(),
                new CompanyDraft(null, null, null, "de"), ADMIN, "German letters"));
        assertThat(changed.language()).isEqualTo("de");
        assertThatThrownBy(() -> inService(db, s -> s.update(CompanyCode.of("L1"), changed.version(),
                new CompanyDraft(null, null, null, "German"), ADMIN, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).field()).isEqualTo("language"));
        var history = db.inTransaction("ledger-test", (EntityManager em) ->
                new JpaAuditTrail(em).history("L1", "company", "L1", PageRequest.first(10)));
        assertThat(history.items()).extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(Tuple.tuple("language", "en", "de"));
    }

    @DatabaseTest
    void aSecondCompanyWithTheSameCodeIsAConflict(TestDatabase db) {
        inService(db, s -> s.create(CompanyCode.of("C2"), new CompanyDraft("First", EUR), ADMIN, null));
        assertThatThrownBy(() -> inService(db, s -> s.create(CompanyCode.of("C2"), new CompanyDraft("Second", EUR),
                ADMIN, null))).isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void updatesNeedTheCurrentVersionAndRecordOldAndNew(TestDatabase db) {
        inService(db, s -> s.create(CompanyCode.of("C3"), new CompanyDraft("Old name", EUR), ADMIN, null));
        CompanyView renamed = inService(db, s -> s.update(CompanyCode.of("C3"), 1,
                new CompanyDraft("New name", Currency.getInstance("USD")), UserName.of("cfo"), "merger"));
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.accountingCurrency().getCurrencyCode()).isEqualTo("USD");

        assertThatThrownBy(() -> inService(db, s -> s.update(CompanyCode.of("C3"), 1,
                new CompanyDraft("Lost update", null), ADMIN, null)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(inService(db, s -> s.get(CompanyCode.of("C3"))).name()).isEqualTo("New name");

        var history = db.inTransaction("ledger-test", (EntityManager em) ->
                new JpaAuditTrail(em).history("C3", "company", "C3", PageRequest.first(10)));
        assertThat(history.items()).extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(Tuple.tuple("name", "Old name", "New name"),
                        Tuple.tuple("accountingCurrency", "EUR", "USD"));
    }

    @DatabaseTest
    void unknownAndInvalidInputAreRefused(TestDatabase db) {
        assertThatThrownBy(() -> inService(db, s -> s.get(CompanyCode.of("NOPE"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inService(db, s -> s.create(CompanyCode.of("C4"), new CompanyDraft(" ", EUR),
                ADMIN, null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inService(db, s -> s.create(CompanyCode.of("C5"), new CompanyDraft("x", null),
                ADMIN, null))).isInstanceOf(InvalidInputException.class);
    }
}
