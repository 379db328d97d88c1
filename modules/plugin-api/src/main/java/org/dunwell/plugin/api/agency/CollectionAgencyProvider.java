package org.dunwell.plugin.api.agency;

import java.util.List;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.WebhookRequest;
import org.pf4j.ExtensionPoint;

/**
 * A collection agency: takes a case over and reports back, later, by {@link #updates polling} or by webhook
 * ({@link #readWebhook}): status changes, recoveries (which the host books as payments, once per
 * {@link AgencyUpdate.Recovery#recoveryId}) and its fees.
 */
public interface CollectionAgencyProvider extends ExtensionPoint {

    /** Hands the case over; the same case number again must not open a second case at the agency. */
    HandoverReceipt handOver(CaseHandover handover, PluginContext context);

    /**
     * Takes the case back from the agency (since API 1.2.0): the agency stops working it. Recalling a case the agency
     * already gave back, or recalled before, is not an error. An agency that takes no recalls, or a plugin built
     * before 1.2.0, refuses.
     *
     * @throws RejectedRequestException when the agency does not take the case back
     */
    default void recall(CaseRecall recall, PluginContext context) {
        throw new RejectedRequestException("this agency plugin cannot recall a case");
    }

    /** What the agency reported after the cursor (null: from the beginning); the page carries the next cursor. */
    AgencyUpdates updates(String cursor, PluginContext context);

    /**
     * The updates an agency's webhook call carries, once the plugin has found it authentic.
     *
     * @throws org.dunwell.plugin.api.WebhookRejectedException when it is not
     */
    List<AgencyUpdate> readWebhook(WebhookRequest request, PluginContext context);
}
