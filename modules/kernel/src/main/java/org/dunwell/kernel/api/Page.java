package org.dunwell.kernel.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint answers: items, page, size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Cuts one page out of a list that is already complete and in order. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = (int) Math.min(all.size(), request.offset() + request.size());
        return of(all.subList(from, to), request, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
