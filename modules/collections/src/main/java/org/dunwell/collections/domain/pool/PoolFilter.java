package org.dunwell.collections.domain.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.CustomerCriteria;

/**
 * A pool's saved filter: every rule must hold. Its master-data rules become customer criteria
 * the ledger's queries apply (an {@code in} list is one alternative per value); its figure rules
 * are tested on each customer's figures of the day.
 */
public record PoolFilter(List<PoolRule> rules) {

    /** At most this many alternatives from {@code in} lists multiplied together. */
    static final int MAX_ALTERNATIVES = 64;

    public PoolFilter {
        rules = List.copyOf(rules);
    }

    /** Validates conditions as saved (see {@link PoolRule#of}). */
    public static PoolFilter of(List<PoolCondition> conditions, Set<String> bucketNames) {
        List<PoolRule> rules = new ArrayList<>();
        List<PoolCondition> given = conditions == null ? List.of() : conditions;
        for (int i = 0; i < given.size(); i++) {
            rules.add(PoolRule.of(given.get(i), i, bucketNames));
        }
        PoolFilter filter = new PoolFilter(rules);
        if (filter.criteria("X").size() > MAX_ALTERNATIVES) {
            throw InvalidInputException.ofField("conditions",
                    "the in-lists of master-data fields multiply to more than " + MAX_ALTERNATIVES + " alternatives");
        }
        return filter;
    }

    public List<PoolCondition> conditions() {
        return rules.stream().map(PoolRule::toCondition).toList();
    }

    /** Whether any rule needs computed figures (aging, credit) rather than master data only. */
    public boolean needsFigures() {
        return rules.stream().anyMatch(r -> !r.field().masterData());
    }

    /**
     * The master-data rules as alternatives of customer criteria (all of company's customers when
     * there are none; no alternative at all when two rules on one field cannot both hold).
     */
    public List<CustomerCriteria> criteria(String company) {
        List<CustomerCriteria> alternatives = new ArrayList<>();
        alternatives.add(new CustomerCriteria(company, null, null, null, null));
        for (PoolRule rule : rules) {
            if (!rule.field().masterData()) {
                continue;
            }
            List<CustomerCriteria> next = new ArrayList<>();
            for (CustomerCriteria base : alternatives) {
                for (String value : rule.values()) {
                    CustomerCriteria narrowed = narrow(base, rule.field(), value);
                    if (narrowed != null) {
                        next.add(narrowed);
                    }
                }
            }
            alternatives = next;
        }
        return alternatives;
    }

    private static CustomerCriteria narrow(CustomerCriteria c, PoolField field, String value) {
        String current = switch (field) {
            case REGION -> c.region();
            case GROUP -> c.group();
            case CURRENCY -> c.currency();
            case RESPONSIBLE -> c.responsible();
            default -> throw new IllegalArgumentException(field.name());
        };
        if (current != null && !current.equals(value)) {
            return null;
        }
        return new CustomerCriteria(c.company(),
                field == PoolField.REGION ? value : c.region(),
                field == PoolField.GROUP ? value : c.group(),
                field == PoolField.CURRENCY ? value : c.currency(),
                field == PoolField.RESPONSIBLE ? value : c.responsible());
    }

    /** Whether a customer's figures satisfy every rule. */
    public boolean matches(CustomerFigures figures) {
        return rules.stream().allMatch(r -> r.matches(figures));
    }
}
