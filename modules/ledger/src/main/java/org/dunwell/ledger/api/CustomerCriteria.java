package org.dunwell.ledger.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conjunction of customer master-data fields (null: any value): what a pool's saved filter
 * says about customer master data. The collections module builds these from pools.
 */
public record CustomerCriteria(String company, String region, String group, String currency, String responsible) {

    /** A customer master-data field a criterion can name. */
    public enum Field {
        COMPANY, REGION, GROUP, CURRENCY, RESPONSIBLE
    }

    /** A field and the value it must have. */
    public record Condition(Field field, String value) {
    }

    public CustomerCriteria(String company, String region, String group, String currency) {
        this(company, region, group, currency, null);
    }

    /** The fields this criterion fixes, in {@link Field} order. */
    public List<Condition> conditions() {
        List<Condition> out = new ArrayList<>(5);
        String[] values = {company, region, group, currency, responsible};
        for (Field field : Field.values()) {
            if (values[field.ordinal()] != null) {
                out.add(new Condition(field, values[field.ordinal()]));
            }
        }
        return out;
    }

    public boolean matches(String company, String region, String group, String currency, String responsible) {
        String[] actual = {company, region, group, currency, responsible};
        return conditions().stream().allMatch(c -> Objects.equals(c.value(), actual[c.field().ordinal()]));
    }
}
