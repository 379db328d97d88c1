package org.dunwell.ledger.domain.imports;

/** A row that cannot be imported, with the reason a person can act on and, when one is to blame, the column. */
public final class RowRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final String column;

    public RowRejected(String reason) {
        this(null, reason);
    }

    public RowRejected(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    /** The column of the file that holds the wrong value; null when the row as a whole is wrong. */
    public String column() {
        return column;
    }
}
