package io.bpohub.api.channel;

import java.util.Map;
import java.util.Objects;

/** A message the platform asks a channel to deliver, on behalf of one tenant. */
public final class OutboundMessage {
    private final String messageId;
    private final String tenantSlug;
    private final String recipient;
    private final String subject;
    private final String body;
    private final Map<String, String> attributes;

    public OutboundMessage(String messageId, String tenantSlug, String recipient, String subject, String body,
                           Map<String, String> attributes) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.tenantSlug = Objects.requireNonNull(tenantSlug, "tenantSlug");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = subject;
        this.body = Objects.requireNonNull(body, "body");
        this.attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Platform-wide unique id; the idempotency key for the channel. */
    public String messageId() { return messageId; }
    public String tenantSlug() { return tenantSlug; }
    /** Address in the channel's own format: E.164 number, e-mail address, URL ... */
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String body() { return body; }
    public Map<String, String> attributes() { return attributes; }
}
