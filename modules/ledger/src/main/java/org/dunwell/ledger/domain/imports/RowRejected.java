package org.dunwell.ledger.domain.imports;

/** A row that cannot be imported, with the reason a person can act on. */
public final class RowRejected extends Exception {

    private static final long serialVersionUID = 1L;

    public RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
