package org.dunwell.ledger.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Posts a chunk of rows company by company and answers one outcome per row, in the rows' order. */
final class ByCompany {

    /** Posts the rows of one company, putting an outcome for each. */
    interface Poster<R> {
        void post(String company, List<R> rows, Map<R, PostingOutcome> outcomes);
    }

    private ByCompany() {
    }

    static <R> List<PostingOutcome> post(List<R> rows, Function<R, String> companyOf, Poster<R> poster) {
        Map<String, List<R>> byCompany = new LinkedHashMap<>();
        rows.forEach(row -> byCompany.computeIfAbsent(companyOf.apply(row), c -> new ArrayList<>()).add(row));
        Map<R, PostingOutcome> outcomes = new HashMap<>();
        byCompany.forEach((company, companyRows) -> poster.post(company, companyRows, outcomes));
        return rows.stream().map(outcomes::get).toList();
    }
}
