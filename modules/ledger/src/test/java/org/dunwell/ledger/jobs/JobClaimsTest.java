package org.dunwell.ledger.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.application.JobClaimService;
import org.dunwell.ledger.infrastructure.jdbc.JdbcJobClaimRepository;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Scheduled work is claimed once per job, company and business date, also when servers claim at once. */
class JobClaimsTest {

    private static final AtomicInteger JOBS = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private static boolean claim(TestDatabase db, String job, String company, LocalDate day, String server) {
        return db.inTransaction(Ledger.UNIT, (EntityManager em) -> new JobClaimService(
                new JdbcJobClaimRepository(em), Ledger.CLOCK).claim(job, company, day, server));
    }

    @DatabaseTest
    void theFirstClaimWinsAndEachKeyIsItsOwn(TestDatabase db) {
        String job = "job-" + JOBS.incrementAndGet();
        assertThat(claim(db, job, "DW01", DAY, "server-a")).isTrue();
        assertThat(claim(db, job, "DW01", DAY, "server-b")).as("taken").isFalse();
        assertThat(claim(db, job, "DW01", DAY, "server-a")).as("taken, by the same server too").isFalse();
        assertThat(claim(db, job, "DW01", DAY.plusDays(1), "server-b")).as("the next day").isTrue();
        assertThat(claim(db, job, "DW02", DAY, "server-b")).as("another company").isTrue();
        assertThat(claim(db, job + "-other", "DW01", DAY, "server-b")).as("another job").isTrue();
        assertThatThrownBy(() -> claim(db, " ", "DW01", DAY, "server-a")).isInstanceOf(InvalidInputException.class);
    }

    @DatabaseTest
    void serversClaimingAtOnceGetOneWinner(TestDatabase db) throws Exception {
        String job = "job-" + JOBS.incrementAndGet();
        int servers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            String server = "server-" + i;
            claims.add(pool.submit(() -> {
                start.await();
                return claim(db, job, "DW01", DAY, server);
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
    }
}
