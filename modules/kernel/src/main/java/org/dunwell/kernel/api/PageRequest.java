package org.dunwell.kernel.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ?page=0&size=50&sort=field,asc}: page from 0, size 1..500. Sort is optional;
 * without it lists come in key order.
 */
public record PageRequest(int page, int size, Optional<Sort> sort) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The last page number taken: beyond it a list of any size we keep is empty, and offsets stay well in range. */
    public static final int MAX_PAGE = 1_000_000;

    /** A sort field and direction. */
    public record Sort(String field, boolean ascending) {
    }

    public PageRequest {
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(Violation.ofField("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(Violation.ofField("size", "must be between 1 and " + MAX_SIZE));
        } else if (page > MAX_PAGE) {
            violations.add(Violation.ofField("page", "must be at most " + MAX_PAGE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("invalid paging", violations);
        }
        sort = sort == null ? Optional.empty() : sort;
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, Optional.empty());
    }

    /** Parses the query parameters; null means absent. */
    public static PageRequest parse(Integer page, Integer size, String sort) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, parseSort(sort));
    }

    private static Optional<Sort> parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return Optional.empty();
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].trim();
        if (field.isEmpty() || parts.length > 2) {
            throw InvalidInputException.ofField("sort", "must be 'field' or 'field,asc' or 'field,desc'");
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw InvalidInputException.ofField("sort", "direction must be asc or desc");
        }
        return Optional.of(new Sort(field, direction.equals("asc")));
    }

    /** The index of the first row of this page. */
    public long offset() {
        return (long) page * size;
    }

    /** Refuses a sort field the list does not offer. */
    public PageRequest requireSortAmong(Collection<String> allowed) {
        sort.ifPresent(s -> {
            if (!allowed.contains(s.field())) {
                throw InvalidInputException.ofField("sort", "'" + s.field() + "' is not sortable; use one of " + allowed);
            }
        });
        return this;
    }
}
