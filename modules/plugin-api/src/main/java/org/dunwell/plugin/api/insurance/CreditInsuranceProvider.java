package org.dunwell.plugin.api.insurance;

import java.util.List;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.WebhookRequest;
import org.pf4j.ExtensionPoint;

/**
 * A trade-credit insurer. Insurers decide later: {@link #requestCover} may answer {@link CoverStatus#PENDING},
 * and the decision arrives by {@link #coverStatus polling} or through the insurer's webhook
 * ({@link #readWebhook}). Each method throws the API's typed exceptions.
 */
public interface CreditInsuranceProvider extends ExtensionPoint {

    /** Asks for cover on a buyer, or for a change of it (a new amount on the same buyer). */
    CoverDecision requestCover(CoverRequest request, PluginContext context);

    /** The insurer's current decision on a cover it was asked for. */
    CoverDecision coverStatus(String coverReference, PluginContext context);

    /** Tells the insurer of invoices overdue beyond its policy's threshold; answers the insurer's reference. */
    String notifyOverdue(OverdueNotification notification, PluginContext context);

    /** Files a claim for a buyer's unpaid invoices. */
    ClaimStatus fileClaim(ClaimRequest claim, PluginContext context);

    /** The insurer's current state of a claim. */
    ClaimStatus claimStatus(String claimReference, PluginContext context);

    /**
     * The updates an insurer's webhook call carries, once the plugin has found it authentic.
     *
     * @throws org.dunwell.plugin.api.WebhookRejectedException when it is not
     */
    List<InsuranceUpdate> readWebhook(WebhookRequest request, PluginContext context);
}
