package org.dunwell.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.domain.customer.Customer;
import org.dunwell.ledger.domain.customer.CustomerRepository;

/** Customers in the {@code customer} table. */
@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

    /** Sortable fields of the customer list. */
    public static final Map<String, String> SORT = Map.of("account", "c.account", "name", "c.name",
            "region", "c.region", "group", "c.group", "currency", "c.currency");

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JpaCustomerRepository() {
    }

    public JpaCustomerRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Customer> find(String company, String account) {
        return em.createQuery("select c from Customer c where c.company = :company and c.account = :account",
                        Customer.class)
                .setParameter("company", company).setParameter("account", account)
                .getResultStream().findFirst();
    }

    @Override
    public List<Customer> findAll(String company, Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Customer c where c.company = :company and c.account in :accounts",
                Customer.class).setParameter("company", company).setParameter("accounts", accounts).getResultList();
    }

    @Override
    public Optional<Customer> findForUpdate(String company, String account) {
        return em.createQuery("select c from Customer c where c.company = :company and c.account = :account",
                        Customer.class).setParameter("company", company).setParameter("account", account)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Customer> list(CustomerFilter filter, long offset, int limit, String sortField, boolean ascending) {
        String order = (sortField == null ? "c.company, c.account" : SORT.get(sortField) + (ascending ? " asc" : " desc")
                + ", c.company, c.account");
        TypedQuery<Customer> query = em.createQuery("select c from Customer c" + where(filter) + " order by " + order,
                Customer.class);
        bind(query, filter);
        return query.setFirstResult(Math.toIntExact(offset)).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(CustomerFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Customer c" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(CustomerFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.company() != null) {
            conditions.add("c.company = :company");
        }
        if (filter.region() != null) {
            conditions.add("c.region = :region");
        }
        if (filter.group() != null) {
            conditions.add("c.group = :group");
        }
        if (filter.currency() != null) {
            conditions.add("c.currency = :currency");
        }
        if (filter.text() != null) {
            conditions.add("(lower(c.account) like :text or lower(c.name) like :text)");
        }
        if (!filter.scope().all()) {
            List<String> alternatives = new ArrayList<>();
            List<CustomerCriteria> criteria = filter.scope().anyOf();
            for (int i = 0; i < criteria.size(); i++) {
                List<String> parts = new ArrayList<>(List.of("1 = 1"));
                for (CustomerCriteria.Condition condition : criteria.get(i).conditions()) {
                    parts.add("c." + attribute(condition.field()) + " = :scope" + condition.field().ordinal() + "_" + i);
                }
                alternatives.add("(" + String.join(" and ", parts) + ")");
            }
            conditions.add(alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, CustomerFilter filter) {
        if (filter.company() != null) {
            query.setParameter("company", filter.company());
        }
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.group() != null) {
            query.setParameter("group", filter.group());
        }
        if (filter.currency() != null) {
            query.setParameter("currency", filter.currency().toUpperCase(Locale.ROOT));
        }
        if (filter.text() != null) {
            query.setParameter("text", "%" + filter.text().toLowerCase(Locale.ROOT)
                    .replace("%", "").replace("_", "") + "%");
        }
        if (!filter.scope().all()) {
            List<CustomerCriteria> criteria = filter.scope().anyOf();
            for (int i = 0; i < criteria.size(); i++) {
                for (CustomerCriteria.Condition condition : criteria.get(i).conditions()) {
                    query.setParameter("scope" + condition.field().ordinal() + "_" + i, condition.value());
                }
            }
        }
    }

    @Override
    public void store(Customer customer) {
        em.persist(customer);
    }

    @Override
    public void flush() {
        em.flush();
    }

    /** The Customer entity's attribute a criterion's field names. */
    private static String attribute(CustomerCriteria.Field field) {
        return switch (field) {
            case COMPANY -> "company";
            case REGION -> "region";
            case GROUP -> "group";
            case CURRENCY -> "currency";
            case RESPONSIBLE -> "responsibleEmployee";
        };
    }
}
