package org.dunwell.collections.api;

import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/** Collection activities: logged or planned, closed, reassigned, followed up; every change audited. */
public interface Activities {

    /** The audit trail's subject type of activities (key: the id). */
    String AUDIT_SUBJECT = "activity";

    ActivityView create(String company, ActivityDraft draft, CustomerScope scope, UserName actor);

    ActivityView get(String company, long id, CustomerScope scope);

    /** Filters: responsible, status (OPEN / CLOSED), account, case; within the scope; oldest end first. */
    Page<ActivityView> list(String company, String responsible, String status, String account, Long caseId,
                            CustomerScope scope, PageRequest page);

    ActivityView close(String company, long id, long expectedVersion, String note, CustomerScope scope,
                       UserName actor);

    /** Closes every one of them, or none: one already closed (or unknown) refuses the lot. */
    List<ActivityView> closeAll(String company, List<Long> ids, String note, CustomerScope scope, UserName actor);

    ActivityView reassign(String company, long id, long expectedVersion, String responsible, String reason,
                          CustomerScope scope, UserName actor);

    /** A new activity on the same customer that names the old one as what it follows. */
    ActivityView followUp(String company, long id, ActivityDraft draft, CustomerScope scope, UserName actor);
}
