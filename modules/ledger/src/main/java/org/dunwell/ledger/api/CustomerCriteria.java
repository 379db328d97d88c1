package org.dunwell.ledger.api;

/**
 * A conjunction of customer fields (null: any value): what a pool's saved filter says about
 * customer master data. The collections module builds these from pools.
 */
public record CustomerCriteria(String company, String region, String group, String currency) {

    public boolean matches(String company, String region, String group, String currency) {
        return (this.company == null || this.company.equals(company))
                && (this.region == null || this.region.equals(region))
                && (this.group == null || this.group.equals(group))
                && (this.currency == null || this.currency.equals(currency));
    }
}
