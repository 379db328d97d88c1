package org.dunwell.collections.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/** What the collections repositories share: a record by id (locked or not), optional conditions, a page of ids read. */
final class Records {

    private Records() {
    }

    static <T> Optional<T> find(EntityManager em, Class<T> type, long id, boolean forUpdate) {
        return Optional.ofNullable(forUpdate ? em.find(type, id, LockModeType.PESSIMISTIC_WRITE) : em.find(type, id));
    }

    /** Adds {@code condition} with its one parameter when the value is given. */
    static void where(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    /** The records of a page of ids, in the ids' order. */
    static <T> Page<T> page(EntityManager em, Class<T> type, ScopedRows.Found found, PageRequest page) {
        return Page.of(found.ids().stream().map(id -> em.find(type, id)).toList(), page, found.total());
    }
}
