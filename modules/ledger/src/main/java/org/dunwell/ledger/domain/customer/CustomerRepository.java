package org.dunwell.ledger.domain.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dunwell.ledger.api.CustomerFilter;

/** Where customers are kept. */
public interface CustomerRepository {

    Optional<Customer> find(String company, String account);

    /** The customers of these accounts. */
    List<Customer> findAll(String company, Collection<String> accounts);

    /** The customer with its row lock held until the transaction ends. */
    Optional<Customer> findForUpdate(String company, String account);

    List<Customer> list(CustomerFilter filter, long offset, int limit, String sortField, boolean ascending);

    long count(CustomerFilter filter);

    void store(Customer customer);

    void flush();
}
