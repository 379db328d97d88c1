package org.dunwell.server.collections;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;

/** What the collections resources share: the company, the caller, visible customers, dates. */
@RequestScoped
public class CollectionsApi {

    @Inject
    CompanyContext companies;


    @Inject
    CustomerVisibility visibility;


    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    public String company(String given) {
        return companies.resolve(given);
    }

    public UserName caller() {
        return caller.name();
    }

    public boolean seesAll() {
        return visibility.seesAllCustomers();
    }

    public CustomerScope scope() {
        return visibility.scope();
    }

    public ApproverLevel approverLevel(String what) {
        return caller.approverLevel(what);
    }

    public LocalDate asOf(String value) {
        LocalDate date = Amounts.date("asOf", value);
        return date != null ? date : clock.today();
    }

    /** A query or body text as given, trimmed; null when missing or blank. */
    public static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** One of an enum's constants by name, any case; null when missing; else 400 naming the field and the choices. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        String given = blank(value);
        if (given == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, given.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField(field, "must be one of " + Arrays.stream(
                    type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
