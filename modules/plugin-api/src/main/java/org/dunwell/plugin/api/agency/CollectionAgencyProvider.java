package org.dunwell.plugin.api.agency;

import java.util.List;
import org.dunwell.plugin.api.PluginContext;
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

    /** What the agency reported after the cursor (null: from the beginning); the page carries the next cursor. */
    AgencyUpdates updates(String cursor, PluginContext context);

    /**
     * The updates an agency's webhook call carries, once the plugin has found it authentic.
     *
     * @throws org.dunwell.plugin.api.WebhookRejectedException when it is not
     */
    List<AgencyUpdate> readWebhook(WebhookRequest request, PluginContext context);
}
