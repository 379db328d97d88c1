package org.dunwell.ledger.api;

import java.util.List;

/**
 * A customer's open items as of a date, with what a letter needs of its master data and whom its letters go to
 * ({@code recipient}, as {@link CustomerView#reminderRecipient()} says): for jobs that go through a company's
 * customers page by page ({@link AccountQueries#openAccounts}).
 */
public record OpenAccount(String account, String name, String currency, String language, String group,
                          ReminderRecipient recipient, List<OpenItem> items) {

    /** One page of accounts in account order, and the account the next page starts after (null: the last page). */
    public record Page(List<OpenAccount> accounts, String next) {
    }
}
