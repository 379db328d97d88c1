package org.dunwell.collections.domain.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.CustomerCriteria;
import org.junit.jupiter.api.Test;

/** A pool's saved filter: validated when saved, split into master-data criteria and figure rules. */
class PoolFilterTest {

    private static final Set<String> BUCKETS = Set.of("current", "1-30", "31-60", "61-90", "91-180", "181+");

    private static PoolFilter filter(PoolCondition... conditions) {
        return PoolFilter.of(List.of(conditions), BUCKETS);
    }

    private static PoolCondition c(String field, String operator, String value) {
        return new PoolCondition(field, operator, value);
    }

    private static CustomerFigures customer(String region, String balance, String over90, int oldestDays,
                                            String riskGroup, boolean onHold, boolean overLimit) {
        Money zero = Money.of("0.00", "EUR");
        List<CustomerFigures.Bucket> buckets = List.of(new CustomerFigures.Bucket("current", zero, zero, 0),
                new CustomerFigures.Bucket("91-180", Money.of(over90, "EUR"), zero, 0));
        return new CustomerFigures("A1", "A", "EUR", region, "G", "emp", LocalDate.of(2026, 11, 22),
                Money.of(balance, "EUR"), Money.of(balance, "EUR"), Money.of(balance, "EUR"), buckets, oldestDays, null,
                null, overLimit, 50, riskGroup, onHold, "91-180", Money.of(over90, "EUR"));
    }

    @Test
    void unknownFieldsOperatorsAndValuesAreRefusedNamingTheCondition() {
        assertThatThrownBy(() -> filter(c("colour", "=", "red"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> filter(c("region", ">", "NORTH"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter(c("balance", "in", "1,2"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter(c("balance", ">=", "lots"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter(c("oldestOverdueDays", ">", "1.5"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter(c("creditHold", "=", "yes"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter(c("bucket:1-2", ">", "0"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter(c("currency", "=", "EURO"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter(c("region", "=", " "))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter(c("region", "=", "N"), c("colour", "=", "red")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("conditions[1].field"));
    }

    @Test
    void masterDataRulesBecomeCriteriaAndInListsBecomeAlternatives() {
        PoolFilter pool = filter(c("region", "in", "NORTH, SOUTH"), c("currency", "=", "usd"),
                c("balance", ">=", "1000"));
        assertThat(pool.criteria("DW01")).containsExactly(new CustomerCriteria("DW01", "NORTH", null, "USD", null),
                new CustomerCriteria("DW01", "SOUTH", null, "USD", null));
        assertThat(pool.needsFigures()).isTrue();
        assertThat(filter(c("region", "=", "NORTH"), c("region", "=", "SOUTH")).criteria("DW01"))
                .as("two rules on one field that cannot both hold match nobody").isEmpty();
        assertThat(filter().criteria("DW01")).containsExactly(new CustomerCriteria("DW01", null, null, null, null));
        assertThat(pool.conditions()).containsExactly(c("region", "in", "NORTH,SOUTH"), c("currency", "=", "USD"),
                c("balance", ">=", "1000"));
    }

    @Test
    void figureRulesTestEachCustomersFigures() {
        CustomerFigures big = customer("NORTH", "5000.00", "1200.00", 120, "D", true, true);
        CustomerFigures small = customer("NORTH", "99.99", "0.00", 0, "A", false, false);
        PoolFilter pool = filter(c("balance", ">=", "100"), c("bucket:91-180", ">", "1000"),
                c("oldestOverdueDays", ">=", "90"), c("riskGroup", "in", "D,E"), c("creditHold", "=", "true"),
                c("overLimit", "=", "TRUE"), c("region", "=", "NORTH"));
        assertThat(pool.matches(big)).isTrue();
        assertThat(pool.matches(small)).isFalse();
        assertThat(filter(c("balance", "<", "100")).matches(small)).isTrue();
        assertThat(filter(c("balance", "<=", "99.99")).matches(small)).isTrue();
        assertThat(filter(c("balance", ">", "99.99")).matches(small)).isFalse();
        assertThat(filter(c("region", "=", "SOUTH")).matches(big)).isFalse();
        assertThat(filter(c("bucket:181+", ">", "0")).matches(big)).as("a bucket the figures lack holds nothing")
                .isFalse();
    }
}
