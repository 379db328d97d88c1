package org.dunwell.ledger.api;

import java.io.Reader;
import org.dunwell.kernel.api.UserName;

/**
 * Imports a CSV file of one kind, streaming it row by row in constant memory. The caller
 * owns the transaction: it commits when the result says {@code committed} and rolls back
 * otherwise, so that all-or-nothing means nothing at any size.
 */
public interface LedgerImport {

    /**
     * @param defaultCompany the company of rows without a {@code company} column
     * @throws org.dunwell.kernel.api.InvalidInputException when a required column is missing
     *         or the file is not CSV
     */
    ImportResult run(ImportKind kind, Reader csv, ImportMode mode, String defaultCompany, UserName actor);
}
