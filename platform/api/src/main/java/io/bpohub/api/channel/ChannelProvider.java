package io.bpohub.api.channel;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A messaging channel (email, SMS, fax, a webhook, ...) contributed by a bundle. Register an
 * implementation as an OSGi service; the platform finds it by {@link #channelType()} and may
 * see it come and go at any time (hot deploy), so implementations keep no platform state.
 */
@ConsumerType
public interface ChannelProvider {

    /** Stable lower-case type key, e.g. {@code "sms"} or {@code "webhook"}. */
    String channelType();

    /** Name shown to operators. */
    String displayName();

    /**
     * Hands one message to the channel. Called again with the same {@link OutboundMessage#messageId()}
     * after a crash or redeploy, so implementations must treat a repeated id as the same message.
     */
    DeliveryResult send(OutboundMessage message);
}
