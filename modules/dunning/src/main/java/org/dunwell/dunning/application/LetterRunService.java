package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LetterRuns;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.api.ProposalLineView;
import org.dunwell.dunning.api.RunStatus;
import org.dunwell.dunning.domain.run.NewLine;
import org.dunwell.dunning.domain.run.RunStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AccountQueries;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.OpenAccount;

/** Letter runs: proposal page by page, review and edits, posting line by line (see {@link LetterRuns}). */
@ApplicationScoped
@Transactional
public class LetterRunService implements LetterRuns {

    private RunStore runs;
    private AccountQueries accounts;
    private ProposalMaker maker;
    private LinePoster poster;
    private DunningHolds holds;
    private DunningLog log;
    private BusinessClock clock;

    protected LetterRunService() {
    }

    @Inject
    public LetterRunService(RunStore runs, AccountQueries accounts, ProposalMaker maker, LinePoster poster,
                            DunningHolds holds, DunningLog log, BusinessClock clock) {
        this.runs = runs;
        this.accounts = accounts;
        this.maker = maker;
        this.poster = poster;
        this.holds = holds;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public List<String> releasePaidHolds(String company, UserName actor) {
        return holds.releasePaid(company, actor);
    }

    @Override
    public LetterRunView create(String company, LocalDate asOf, UserName actor) {
        LocalDate day = asOf == null ? clock.today() : InputLimits.day("asOf", asOf);
        long id = runs.create(company, day, actor.value(), clock.now());
        log.setup(company, "letter-run", Long.toString(id), "created", null, "as of " + day, null, actor);
        return get(company, id);
    }

    @Override
    public String proposePage(String company, long run, String after, int size) {
        LetterRunView view = inStatus(company, run, RunStatus.PROPOSING);
        OpenAccount.Page page = accounts.openAccounts(company, after, size, view.asOf());
        List<NewLine> lines = maker.lines(company, view.asOf(), page);
        runs.insertLines(run, lines);
        return page.next();
    }

    @Override
    public String proposedUpTo(String company, long run) {
        get(company, run);
        return runs.lastAccount(run);
    }

    @Override
    public LetterRunView proposed(String company, long run) {
        get(company, run);
        runs.count(run);
        runs.move(run, RunStatus.PROPOSING, RunStatus.PROPOSED, null, null, clock.now());
        runs.refreshStatistics();
        return get(company, run);
    }

    @Override
    public void ranAs(String company, long run, long executionId) {
        get(company, run);
        runs.ranAs(run, executionId);
    }

    @Override
    public LetterRunView get(String company, long run) {
        return runs.run(company, run).orElseThrow(() -> new NotFoundException("letter run", run));
    }

    @Override
    public Page<LetterRunView> list(String company, PageRequest page) {
        return runs.runs(company, page);
    }

    @Override
    public Page<ProposalLineView> lines(String company, long run, LineStatus status, String account,
                                       CustomerScope scope, PageRequest page) {
        get(company, run);
        return runs.lines(company, run, status, account, scope, page);
    }

    @Override
    public ProposalLineView edit(String company, long run, int line, LineEdit edit, String reason, UserName actor) {
        String why = InputLimits.reason("reason", reason);
        inStatus(company, run, RunStatus.PROPOSED);
        ProposalLineView found = runs.line(run, line).orElseThrow(() -> new NotFoundException("proposal line", line));
        if (edit == null) {
            throw InvalidInputException.ofField("action", "is required: DROP, HOLD or INCLUDE");
        }
        List<LineStatus> from = edit == LineEdit.INCLUDE ? List.of(LineStatus.DROPPED, LineStatus.HELD)
                : List.of(LineStatus.PROPOSED, LineStatus.REFER);
        LineStatus to = switch (edit) {
            case DROP -> LineStatus.DROPPED;
            case HOLD -> LineStatus.HELD;
            case INCLUDE -> LineStatus.PROPOSED;
        };
        if (!runs.moveLine(run, line, from, to, null, actor.value(), why)) {
            throw new ConflictException("line " + line + " is " + found.status() + ": " + edit + " applies to a "
                    + from.stream().map(Enum::name).reduce((a, b) -> a + " or " + b).orElse("") + " line");
        }
        log.customer(company, found.account(), "letter-line-" + to.name().toLowerCase(java.util.Locale.ROOT),
                "letter run " + run + " line " + line, to.name(), why, actor);
        return runs.line(run, line).orElseThrow();
    }

    @Override
    public LetterRunView startPosting(String company, long run, long expectedVersion, UserName actor) {
        LetterRunView view = get(company, run);
        if (view.version() != expectedVersion) {
            throw new StaleVersionException("letter run", run, expectedVersion, view.version());
        }
        if (view.status() != RunStatus.PROPOSED) {
            throw new ConflictException("letter run " + run + " is " + view.status() + "; only a PROPOSED run posts");
        }
        if (!runs.move(run, RunStatus.PROPOSED, RunStatus.POSTING, expectedVersion, actor.value(), clock.now())) {
            throw new StaleVersionException("letter run", run, expectedVersion, get(company, run).version());
        }
        log.setup(company, "letter-run", Long.toString(run), "posting", "PROPOSED", "POSTING", null, actor);
        return get(company, run);
    }

    @Override
    public List<Integer> linesToPost(String company, long run, int limit) {
        get(company, run);
        return runs.linesIn(run, List.of(LineStatus.PROPOSED, LineStatus.REFER), limit);
    }

    @Override
    public LineStatus postLine(String company, long run, int line, UserName actor) {
        LetterRunView view = runs.run(company, run).orElseThrow(() -> new NotFoundException("letter run", run));
        if (view.status() != RunStatus.POSTING) {
            throw new ConflictException("letter run " + run + " is " + view.status() + ", not POSTING");
        }
        return poster.post(view, line, actor);
    }

    @Override
    public LetterRunView posted(String company, long run) {
        get(company, run);
        runs.count(run);
        runs.move(run, RunStatus.POSTING, RunStatus.POSTED, null, null, clock.now());
        runs.refreshStatistics();
        return get(company, run);
    }

    @Override
    public LetterRunView cancel(String company, long run, long expectedVersion, String reason, UserName actor) {
        String why = InputLimits.reason("reason", reason);
        LetterRunView view = get(company, run);
        if (view.status() != RunStatus.PROPOSED && view.status() != RunStatus.PROPOSING) {
            throw new ConflictException("letter run " + run + " is " + view.status() + "; a run posting or posted"
                    + " is not cancelled");
        }
        if (!runs.move(run, view.status(), RunStatus.CANCELLED, expectedVersion, actor.value(), clock.now())) {
            throw new StaleVersionException("letter run", run, expectedVersion, get(company, run).version());
        }
        log.setup(company, "letter-run", Long.toString(run), "cancelled", view.status().name(), "CANCELLED", why,
                actor);
        return get(company, run);
    }

    private LetterRunView inStatus(String company, long run, RunStatus status) {
        LetterRunView view = get(company, run);
        if (view.status() != status) {
            throw new ConflictException("letter run " + run + " is " + view.status() + ", not " + status);
        }
        return view;
    }
}
