package org.dunwell.credit.application;

import java.time.LocalDate;
import java.util.Currency;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.domain.CreditInsurance;
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
                      Money approvedOrders, Money ownExposure, Money groupExposure, CreditLine line,
                      CreditInsurance insurance) {

    /** The customer's own exposure by its limit type (the defaults: the balance). */
    static Money exposureOf(ReceivableFigures figures, CreditProfile profile, Money approvedOrders) {
        return exposureOf(figures.balance(), profile, approvedOrders);
    }

    /**
     * The exposure of a customer with this balance and settings: for a limit type that counts open orders, the
     * ERP's open orders and the approved orders the ERP has not reported yet ({@code approvedOrders}).
     */
    static Money exposureOf(Money balance, CreditProfile profile, Money approvedOrders) {
        Currency currency = balance.currency();
        Money slips = profile == null ? Money.zero(currency) : Money.of(profile.packingSlips(), currency);
        Money orders = profile == null ? Money.zero(currency) : Money.of(profile.openOrders(), currency);
        return limitTypeOf(profile).exposure(balance, slips, approvedOrders == null ? orders
                : orders.plus(approvedOrders));
    }

    /** A line of the customer's limit type and mandatory flag: {@code limit} against {@code exposure}. */
    static CreditLine line(CreditProfile profile, Money limit, Money exposure) {
        return new CreditLine(limitTypeOf(profile), limit, profile != null && profile.mandatoryLimit(), exposure);
    }

    private static LimitType limitTypeOf(CreditProfile profile) {
        return profile == null ? LimitType.BALANCE : profile.limitType();
    }

    private static Money packingSlips(ReceivableFigures figures, CreditProfile profile) {
        Currency currency = figures.balance().currency();
        return profile == null ? Money.zero(currency) : Money.of(profile.packingSlips(), currency);
    }

    private static Money openOrders(ReceivableFigures figures, CreditProfile profile) {
        Currency currency = figures.balance().currency();
        return profile == null ? Money.zero(currency) : Money.of(profile.openOrders(), currency);
    }

    LimitType limitType() {
        return line.type();
    }

    boolean mandatory() {
        return line.mandatory();
    }

    Money ownLimit() {
        return schedule.limitOn(asOf);
    }

    Money packingSlips() {
        return packingSlips(figures, profile);
    }

    Money openOrders() {
        return openOrders(figures, profile);
    }
}
