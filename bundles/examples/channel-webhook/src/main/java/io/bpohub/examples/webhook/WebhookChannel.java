package io.bpohub.examples.webhook;

import io.bpohub.api.channel.ChannelProvider;
import io.bpohub.api.channel.DeliveryResult;
import io.bpohub.api.channel.OutboundMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.osgi.service.component.annotations.Component;

/**
 * A channel that delivers a message by POSTing it as JSON to the recipient URL. Written the way a
 * third party would: only the published API, one DS component, no platform internals.
 */
@Component(service = ChannelProvider.class)
public final class WebhookChannel implements ChannelProvider {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String channelType() {
        return "webhook";
    }

    @Override
    public String displayName() {
        return "Webhook (HTTP POST)";
    }

    @Override
    public DeliveryResult send(OutboundMessage message) {
        URI target;
        try {
            target = URI.create(message.recipient());
        } catch (IllegalArgumentException e) {
            return DeliveryResult.rejected("recipient is not a URL: " + message.recipient());
        }
        if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
            return DeliveryResult.rejected("recipient must be an http or https URL");
        }
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", message.messageId())
                .POST(HttpRequest.BodyPublishers.ofString(JsonBody.of(message))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) return DeliveryResult.accepted(message.messageId());
            if (status == 429 || status / 100 == 5) return DeliveryResult.retry("peer answered " + status);
            return DeliveryResult.rejected("peer answered " + status + ": " + response.body());
        } catch (IOException e) {
            return DeliveryResult.retry("peer unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("interrupted");
        }
    }
}
