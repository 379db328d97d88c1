package org.dunwell.credit.application;

import java.time.LocalDate;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.domain.CreditInsurance;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditLine;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.LimitSchedule;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.ReceivableFigures;

/**
 * Everything known about one customer's credit on a day: its ledger figures, its settings (null:
 * the defaults), its limit schedule, its own exposure and, in a limit group, the group's; the
 * line that checks use is the group's limit against the group's exposure, else its own.
 */
record CreditPosition(LocalDate asOf, ReceivableFigures figures, CreditProfile profile, LimitSchedule schedule,
                      Money ownExposure, CreditLimitGroup group, Money groupExposure, CreditLine line,
                      CreditInsurance insurance) {

    static Money exposureOf(ReceivableFigures figures, CreditProfile profile) {
        Money balance = figures.balance();
        if (profile == null) {
            return balance;
        }
        return profile.limitType().exposure(balance, Money.of(profile.packingSlips(), balance.currency()),
                Money.of(profile.openOrders(), balance.currency()));
    }

    LimitType limitType() {
        return profile == null ? LimitType.BALANCE : profile.limitType();
    }

    boolean mandatory() {
        return profile != null && profile.mandatoryLimit();
    }

    Money ownLimit() {
        return schedule.limitOn(asOf);
    }

    Money packingSlips() {
        return profile == null ? Money.zero(figures.balance().currency())
                : Money.of(profile.packingSlips(), figures.balance().currency());
    }

    Money openOrders() {
        return profile == null ? Money.zero(figures.balance().currency())
                : Money.of(profile.openOrders(), figures.balance().currency());
    }
}
