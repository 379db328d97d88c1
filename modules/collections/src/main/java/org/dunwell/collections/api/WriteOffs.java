package org.dunwell.collections.api;

import java.math.BigDecimal;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Write-offs of an invoice's open amount or a residue of it: requested with a reason code,
 * approved once by someone other than the requester whose level covers the amount (a credit
 * manager up to the company threshold, a senior approver above it); approval posts a
 * {@code WRITE_OFF} document that settles the invoice.
 */
public interface WriteOffs {

    /** {@code amount} null: all that is open. */
    WriteOffView request(String company, String document, BigDecimal amount, String reasonCode, String note,
                         CustomerScope scope, UserName actor);

    WriteOffView get(String company, long id, CustomerScope scope);

    Page<WriteOffView> list(String company, String account, WriteOffStatus status, CustomerScope scope,
                            PageRequest page);

    /** {@code expectedVersion} null: no version check. */
    WriteOffView approve(String company, long id, Long expectedVersion, String note, CustomerScope scope,
                         UserName actor, ApproverLevel level);

    WriteOffView reject(String company, long id, Long expectedVersion, String note, CustomerScope scope,
                        UserName actor, ApproverLevel level);
}
