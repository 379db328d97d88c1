package org.dunwell.credit.application;

import java.time.LocalDate;
import java.util.Objects;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.FieldChanges;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * Checks and applies changes to a customer's credit settings, field by field, each into the audit; and
 * turns them into the from → to fields a change request keeps, and back.
 */
final class ProfileEditor {

    private final CreditRepository repository;

    ProfileEditor(CreditRepository repository) {
        this.repository = repository;
    }

    /** Refuses what cannot be applied: an unknown group, a group in another currency, a malformed date. */
    void validate(String company, ProfileChanges changes, String currency) {
        String group = group(changes);
        if (group != null) {
            CreditLimitGroup found = repository.findGroup(company, group).orElseThrow(() ->
                    InvalidInputException.ofField("limitGroup", "unknown limit group '" + group + "'"));
            if (!found.currency().getCurrencyCode().equals(currency)) {
                throw InvalidInputException.ofField("limitGroup", "the group's limit is in " + found.currency()
                        + ", the customer's currency is " + currency);
            }
        }
        expiry(changes);
    }

    void apply(String company, CreditProfile profile, ProfileChanges changes, String currency, Audit changed) {
        validate(company, changes, currency);
        if (changes.limitType() != null) {
            changed.field("changed", "limitType", profile.limitType(), changes.limitType());
            profile.setLimitType(changes.limitType());
        }
        if (changes.mandatoryLimit() != null) {
            changed.field("changed", "mandatoryLimit", profile.mandatoryLimit(), changes.mandatoryLimit());
            profile.setMandatoryLimit(changes.mandatoryLimit());
        }
        if (changes.limitGroup() != null) {
            String group = group(changes);
            changed.field("changed", "limitGroup", profile.limitGroup(), group);
            profile.setLimitGroup(group);
        }
        if (changes.limitExpiresOn() != null) {
            LocalDate date = expiry(changes);
            changed.field("changed", "limitExpiresOn", profile.limitExpiresOn(), date);
            profile.setLimitExpiresOn(date);
        }
        if (changes.holdReason() != null) {
            String code = changes.holdReason().isBlank() ? null : changes.holdReason().trim();
            changed.field(code == null ? "hold released" : "held", "holdReason", profile.holdReason(), code);
            profile.hold(code, changes.holdNote());
        }
        if (changes.bureauScore() != null) {
            changed.field("changed", "bureauScore", profile.bureauScore(), changes.bureauScore());
            profile.setBureauScore(changes.bureauScore());
        }
    }

    /** The changed fields, from the profile's values now to the new ones. */
    static FieldChanges fields(CreditProfile p, ProfileChanges c) {
        FieldChanges f = new FieldChanges();
        if (c.limitType() != null) {
            f.change("limitType", p.limitType(), c.limitType());
        }
        if (c.mandatoryLimit() != null) {
            f.change("mandatoryLimit", p.mandatoryLimit(), c.mandatoryLimit());
        }
        if (c.limitGroup() != null) {
            f.change("limitGroup", p.limitGroup(), group(c));
        }
        if (c.limitExpiresOn() != null) {
            f.change("limitExpiresOn", p.limitExpiresOn(), expiry(c));
        }
        if (c.holdReason() != null) {
            f.change("holdReason", p.holdReason(), c.holdReason().isBlank() ? null : c.holdReason().trim());
        }
        if (c.bureauScore() != null) {
            f.change("bureauScore", p.bureauScore(), c.bureauScore());
        }
        return f;
    }

    /**
     * The changes a request keeps, to apply now; 409 when a field no longer holds the value it held when
     * the change was asked (someone changed it since: ask again).
     */
    static ProfileChanges approved(CreditProfile p, FieldChanges kept, long requestId) {
        FieldChanges now = fields(p, changesTo(kept));
        for (var field : kept.fields()) {
            // a field the kept values would not change already holds its new value
            var moving = now.field(field.name());
            String current = moving.isPresent() ? moving.get().from() : field.to();
            if (!Objects.equals(current, field.from())) {
                throw new ConflictException("credit change " + requestId + ": " + field.name() + " is " + current
                        + " now, not " + field.from() + " as when it was asked; ask again");
            }
        }
        return changesTo(kept);
    }

    private static ProfileChanges changesTo(FieldChanges kept) {
        LimitType type = kept.field("limitType").map(f -> LimitType.valueOf(f.to())).orElse(null);
        Boolean mandatory = kept.field("mandatoryLimit").map(f -> Boolean.valueOf(f.to())).orElse(null);
        String group = kept.field("limitGroup").map(f -> f.to() == null ? "" : f.to()).orElse(null);
        String expires = kept.field("limitExpiresOn").map(f -> f.to() == null ? "" : f.to()).orElse(null);
        String hold = kept.field("holdReason").map(f -> f.to() == null ? "" : f.to()).orElse(null);
        Integer score = kept.field("bureauScore").map(f -> f.to() == null ? null : Integer.valueOf(f.to()))
                .orElse(null);
        return new ProfileChanges(type, mandatory, group, expires, hold, null, score);
    }

    private static String group(ProfileChanges c) {
        return c.limitGroup() == null || c.limitGroup().isBlank() ? null : c.limitGroup().trim();
    }

    private static LocalDate expiry(ProfileChanges c) {
        return c.limitExpiresOn() == null || c.limitExpiresOn().isBlank() ? null
                : CreditProfileService.date("limitExpiresOn", c.limitExpiresOn());
    }
}
