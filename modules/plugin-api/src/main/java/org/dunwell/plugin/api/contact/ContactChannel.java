package org.dunwell.plugin.api.contact;

import org.dunwell.plugin.api.PluginContext;
import org.pf4j.ExtensionPoint;

/** A way to reach a customer beyond email: SMS, a postal print service and the like; automation steps use it. */
public interface ContactChannel extends ExtensionPoint {

    /** The channel's name as automation steps refer to it ({@code sms}, {@code post}, ...). */
    String channel();

    /** Sends the message; the same message id again must not send it twice. */
    DeliveryReceipt send(ContactMessage message, PluginContext context);
}
