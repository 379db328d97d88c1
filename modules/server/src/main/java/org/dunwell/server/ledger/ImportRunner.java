package org.dunwell.server.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.Reader;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.api.LedgerImport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs an import in one transaction of its own, with its own timeout (Liberty's default of
 * 120 s is too short for a million rows): committed when the result says so, rolled back
 * otherwise and on any failure, so that all-or-nothing holds at any size.
 */
@ApplicationScoped
public class ImportRunner {

    @Resource
    UserTransaction transaction;

    @Inject
    LedgerImport imports;

    @Inject
    @ConfigProperty(name = "dunwell.import.timeoutSeconds", defaultValue = "3600")
    int timeoutSeconds;

    public ImportResult run(ImportKind kind, Reader csv, ImportMode mode, String company, UserName actor) {
        try {
            transaction.setTransactionTimeout(timeoutSeconds);
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the import's transaction", e);
        }
        boolean done = false;
        try {
            ImportResult result = imports.run(kind, csv, mode, company, actor);
            if (result.committed()) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
            done = true;
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the import's transaction failed", e);
        } finally {
            if (!done) {
                rollbackQuietly();
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            // the original failure is what the caller needs to see
        }
    }
}
