package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dunwell.collections.api.ActivityType;
import org.dunwell.collections.api.TimelineEntry;
import org.dunwell.collections.api.Timelines;
import org.dunwell.collections.domain.CustomerNote;
import org.dunwell.collections.domain.NoteRepository;
import org.dunwell.collections.domain.activity.ActivityRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;

/**
 * The timeline: the customer's documents dated in the window (from the ledger), its activities
 * and notes created in it, merged newest first. Letters are activities of type LETTER until the
 * dunning module writes its own.
 */
@ApplicationScoped
@Transactional
public class TimelineService implements Timelines {

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::date)
            .thenComparing(e -> e.at() == null ? Instant.MIN : e.at()).reversed();

    private ActivityRepository activities;
    private NoteRepository notes;
    private Visibility visibility;
    private Documents documents;
    private AuditTrail audit;
    private BusinessClock clock;

    protected TimelineService() {
    }

    @Inject
    public TimelineService(ActivityRepository activities, NoteRepository notes, Visibility visibility,
                           Documents documents, AuditTrail audit, BusinessClock clock) {
        this.activities = activities;
        this.notes = notes;
        this.visibility = visibility;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public TimelineEntry addNote(String company, String account, String text, CustomerScope scope, UserName actor) {
        visibility.customer(company, account, scope);
        CustomerNote note = new CustomerNote(company, account, text, actor.value(), clock.now());
        notes.store(note);
        notes.flush();
        audit.record(new AuditEntry(company, "customer-note", account, "noted", null, null, note.text(), null,
                actor.value(), clock.now()));
        return entry(note);
    }

    @Override
    public Page<TimelineEntry> timeline(String company, String account, LocalDate asOf, Set<String> types,
                                        CustomerScope scope, PageRequest page) {
        for (String type : types) {
            if (!TYPES.contains(type)) {
                throw InvalidInputException.ofField("type", "unknown type '" + type + "'; one of " + TYPES);
            }
        }
        visibility.customer(company, account, scope);
        LocalDate from = asOf.minusDays(DAYS);
        Instant start = from.atStartOfDay(clock.zone()).toInstant();
        Instant end = asOf.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        List<TimelineEntry> entries = new ArrayList<>();
        int number = 0;
        Page<DocumentView> docs;
        do {
            docs = documents.list(new DocumentFilter(company, null, account, from, asOf, null, null, CustomerScope.ALL),
                    PageRequest.parse(number++, PageRequest.MAX_SIZE, null));
            for (DocumentView d : docs.items()) {
                entries.add(new TimelineEntry(d.kind().name(), d.documentDate(), null, d.document(),
                        d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + d.document()
                                + (d.dueDate() == null ? "" : ", due " + d.dueDate())
                                + ", open " + d.openAmount().toPlainString(), d.amount(), d.createdBy()));
            }
        } while ((long) number * PageRequest.MAX_SIZE < docs.total());
        activities.createdBetween(company, account, start, end).stream().map(a -> a.toView()).forEach(a -> entries.add(
                        new TimelineEntry(a.type() == ActivityType.LETTER ? "LETTER" : "ACTIVITY",
                                a.createdAt().atZone(clock.zone()).toLocalDate(), a.createdAt(), "activity " + a.id(),
                                a.type() + " " + a.purpose() + " (" + a.status() + ", " + a.responsible() + ")", null,
                                a.createdBy())));
        notes.writtenBetween(company, account, start, end).forEach(n -> entries.add(entry(n)));
        if (types.isEmpty() || types.contains("ACTION")) {
            actions(company, account, start, end, entries);
        }
        List<TimelineEntry> wanted = entries.stream().filter(e -> types.isEmpty() || types.contains(e.type()))
                .sorted(NEWEST_FIRST).toList();
        return Page.slice(wanted, page);
    }

    @Override
    public Page<AuditEntry> history(String company, String account, CustomerScope scope, PageRequest page) {
        visibility.customer(company, account, scope);
        return audit.history(company, HISTORY_SUBJECT, account, page);
    }

    /** The collections history of the window, newest first, page by page until it is older than the window. */
    private void actions(String company, String account, Instant start, Instant end, List<TimelineEntry> entries) {
        int number = 0;
        Page<AuditEntry> page;
        boolean older = false;
        do {
            page = audit.history(company, HISTORY_SUBJECT, account, PageRequest.parse(number++, PageRequest.MAX_SIZE,
                    null));
            for (AuditEntry e : page.items()) {
                if (e.occurredAt().isBefore(start)) {
                    older = true;
                } else if (e.occurredAt().isBefore(end)) {
                    entries.add(new TimelineEntry("ACTION", e.occurredAt().atZone(clock.zone()).toLocalDate(),
                            e.occurredAt(), e.field(), e.action() + (e.oldValue() == null ? "" : " " + e.oldValue()
                            + " →") + (e.newValue() == null ? "" : " " + e.newValue())
                            + (e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason()), null,
                            e.actor()));
                }
            }
        } while (!older && (long) number * PageRequest.MAX_SIZE < page.total());
    }

    private TimelineEntry entry(CustomerNote n) {
        return new TimelineEntry("NOTE", n.createdAt().atZone(clock.zone()).toLocalDate(), n.createdAt(),
                "note " + n.id(), n.text(), null, n.createdBy());
    }
}
