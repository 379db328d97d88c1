package org.dunwell.server.plugins;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dunwell.integrations.api.AgencyCase;
import org.dunwell.integrations.api.AgencyEvent;
import org.dunwell.kernel.api.Money;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.agency.AgencyUpdate;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.Contact;
import org.dunwell.plugin.api.agency.Debtor;
import org.dunwell.plugin.api.agency.HandoverInvoice;
import org.dunwell.plugin.api.agency.HistoryEntry;

/**
 * A case in the plugin API's words, and an agency's updates in Dunwell's: an amount is taken only in a known currency
 * and with no more decimals than the currency has (money is never rounded on the way in), ids and references are
 * required and no longer than Dunwell keeps; anything else is the plugin's failure.
 */
final class AgencyTranslation {

    private static final int ID_MAX = 100;
    private static final int STATUS_MAX = 64;
    private static final int NOTE_MAX = 500;

    private AgencyTranslation() {
    }

    static CaseHandover handover(AgencyCase c) {
        return new CaseHandover(c.caseNumber(), new Debtor(c.account(), c.name(), c.registrationNumber(), c.country(),
                List.of()), c.invoices().stream().map(i -> new HandoverInvoice(i.number(), i.invoiceDate(),
                i.dueDate(), amount(i.original()), amount(i.open()))).toList(), amount(c.total()),
                c.history().stream().map(e -> new HistoryEntry(e.date(), e.type(), e.text())).toList(),
                c.contacts().stream().map(p -> new Contact(p.name(), p.role(), p.email(), p.phone())).toList(),
                Map.of());
    }

    static String reference(String agencyReference) {
        return text("agency reference", agencyReference, ID_MAX, true);
    }

    static List<AgencyEvent> events(List<AgencyUpdate> updates) {
        if (updates == null) {
            throw new IllegalStateException("the plugin answered null instead of a list of updates");
        }
        return updates.stream().map(AgencyTranslation::event).toList();
    }

    static AgencyEvent event(AgencyUpdate update) {
        if (update == null) {
            throw new IllegalStateException("the plugin answered a null update");
        }
        String reference = reference(update.agencyReference());
        if (update instanceof AgencyUpdate.StatusChanged s) {
            return AgencyEvent.status(reference, id(s.updateId()), text("status", s.status(), STATUS_MAX, true),
                    text("note", s.note(), NOTE_MAX, false), s.at());
        }
        if (update instanceof AgencyUpdate.Recovery r) {
            Money amount = money(r.amount());
            return AgencyEvent.recovery(reference, id(r.recoveryId()), amount.amount(),
                    amount.currency().getCurrencyCode(), r.receivedOn(), text("invoice", r.invoiceNumber(), ID_MAX,
                            false));
        }
        AgencyUpdate.Fee f = (AgencyUpdate.Fee) update;
        Money amount = money(f.amount());
        return AgencyEvent.fee(reference, id(f.feeId()), amount.amount(), amount.currency().getCurrencyCode(),
                text("description", f.description(), NOTE_MAX, false), f.chargedOn());
    }

    private static MonetaryAmount amount(Money money) {
        return new MonetaryAmount(money.amount(), money.currency().getCurrencyCode());
    }

    /** The agency's amount exactly: more decimals than its currency has is garbage, not something to round. */
    private static Money money(MonetaryAmount amount) {
        try {
            java.util.Currency currency = Money.currency(amount.currency());
            BigDecimal value = amount.amount().stripTrailingZeros();
            if (value.scale() > Math.max(0, currency.getDefaultFractionDigits())) {
                throw new IllegalStateException("the plugin answered " + amount.amount() + " " + amount.currency()
                        + ", more decimals than the currency has");
            }
            return Money.of(amount.amount().setScale(currency.getDefaultFractionDigits()), currency);
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw e;
            }
            throw new IllegalStateException("the plugin answered an amount Dunwell cannot take: " + e.getMessage(), e);
        }
    }

    private static String id(String value) {
        return text("update id", value, ID_MAX, true);
    }

    private static String text(String what, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalStateException("the plugin answered no " + what);
            }
            return null;
        }
        if (value.length() > max) {
            throw new IllegalStateException("the plugin answered a " + what + " of " + value.length()
                    + " characters where " + max + " are kept");
        }
        return value.strip();
    }
}
