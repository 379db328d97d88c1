package org.dunwell.server.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CompanyView;
import org.dunwell.ledger.api.JobClaims;
import org.dunwell.server.jobs.JobNotStarted;
import org.dunwell.server.jobs.JobRequest;
import org.dunwell.server.jobs.Jobs;
import org.junit.jupiter.api.Test;

/**
 * The daily round starts each company's promise evaluation once per business date through the jobs port, however
 * many servers run it (the claims are shared, as the job_claim table is); one company that fails to start stops
 * none of the others. (The claim itself is tested on both databases in the ledger's JobClaimsTest.)
 */
class DailyPromiseEvaluationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    /** The job_claim table: one key, one winner. */
    private static final class SharedClaims implements JobClaims {
        final Set<String> taken = new HashSet<>();

        @Override
        public synchronized boolean claim(String job, String company, LocalDate businessDate, String claimant) {
            return taken.add(job + "/" + company + "/" + businessDate);
        }
    }

    /** Records what was started; refuses the companies named. */
    private static final class RecordedJobs implements Jobs {
        final List<JobRequest> started = new ArrayList<>();
        final Set<String> refused = new HashSet<>();

        @Override
        public long start(JobRequest request) {
            if (refused.contains(request.company())) {
                throw new JobNotStarted(request.job(), new IllegalStateException("runtime down"));
            }
            started.add(request);
            return started.size();
        }

        @Override
        public long restart(long executionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String status(long executionId) {
            return "STARTED";
        }
    }

    private static final class ThreeCompanies implements Companies {
        @Override
        public Page<CompanyView> list(PageRequest page) {
            List<CompanyView> all = List.of("DW01", "DW02", "DW03").stream().map(code -> new CompanyView(
                    CompanyCode.of(code), code, Currency.getInstance("EUR"), "OLDEST_FIRST", "en", 0)).toList();
            return Page.slice(all, page);
        }

        @Override
        public CompanyView get(CompanyCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CompanyView> find(CompanyCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompanyView create(CompanyCode code, CompanyDraft draft, UserName actor, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompanyView update(CompanyCode code, long expectedVersion, CompanyDraft changes, UserName actor,
                                  String reason) {
            throw new UnsupportedOperationException();
        }
    }

    private static DailyPromiseEvaluation server(Jobs jobs, JobClaims claims, LocalDate today) {
        return new DailyPromiseEvaluation(jobs, claims, new ThreeCompanies(), BusinessClock.fixedAt(today), "01:00");
    }

    @Test
    void twoServersStartEachCompanysEvaluationOncePerBusinessDate() {
        SharedClaims claims = new SharedClaims();
        RecordedJobs jobs = new RecordedJobs();
        List<String> first = server(jobs, claims, DAY).run();
        List<String> second = server(jobs, claims, DAY).run();
        assertThat(first).containsExactly("DW01", "DW02", "DW03");
        assertThat(second).as("the other server finds every company claimed").isEmpty();
        assertThat(jobs.started).extracting(JobRequest::job, JobRequest::company, JobRequest::asOf).containsExactly(
                Tuple.tuple("promise-evaluation", "DW01", DAY),
                Tuple.tuple("promise-evaluation", "DW02", DAY),
                Tuple.tuple("promise-evaluation", "DW03", DAY));
        assertThat(jobs.started.get(0).parameters()).containsEntry(PromiseEvaluationJob.ACTOR, "system");

        assertThat(server(jobs, claims, DAY.plusDays(1)).run()).as("the next business date")
                .containsExactly("DW01", "DW02", "DW03");
        assertThat(jobs.started).hasSize(6);
    }

    @Test
    void aCompanyWhoseJobDoesNotStartStopsNoOther() {
        RecordedJobs jobs = new RecordedJobs();
        jobs.refused.add("DW02");
        assertThat(server(jobs, new SharedClaims(), DAY).run()).containsExactly("DW01", "DW03");
    }
}
