package org.dunwell.ledger.api;

import java.util.List;
import org.dunwell.kernel.api.Violation;

/**
 * What an import did: rows received, applied (created or changed), unchanged, rejected; a
 * line and a reason for every rejected row; warnings (unknown columns, ignored values).
 * {@code committed} says whether the changes stand (false when all-or-nothing met an error).
 */
public record ImportResult(ImportKind kind, ImportMode mode, long received, long applied, long unchanged,
                           long rejected, List<Violation> errors, List<String> warnings, boolean committed) {

    public ImportResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
