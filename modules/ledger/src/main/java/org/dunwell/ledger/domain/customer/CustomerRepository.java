package org.dunwell.ledger.domain.customer;

import java.util.List;
import java.util.Optional;
import org.dunwell.ledger.api.CustomerFilter;

/** Where customers are kept. */
public interface CustomerRepository {

    Optional<Customer> find(String company, String account);

    List<Customer> list(CustomerFilter filter, long offset, int limit, String sortField, boolean ascending);

    long count(CustomerFilter filter);

    void store(Customer customer);

    void flush();
}
