package io.bpohub.examples.webhook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.bpohub.api.channel.DeliveryResult;
import io.bpohub.api.channel.OutboundMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;

public class WebhookChannelTest {
    private final WebhookChannel channel = new WebhookChannel();

    @Test
    public void postsTheMessageAsJsonWithItsIdAsIdempotencyKey() throws Exception {
        AtomicReference<String> body = new AtomicReference<>();
        AtomicReference<String> key = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            key.set(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            DeliveryResult result = channel.send(new OutboundMessage("m-1", "acme", url, "Hi", "Line 1\n\"quoted\"", Map.of("k", "v")));
            assertEquals(DeliveryResult.Status.ACCEPTED, result.status());
            assertEquals("m-1", key.get());
            assertEquals("{\"messageId\":\"m-1\",\"tenant\":\"acme\",\"subject\":\"Hi\",\"body\":\"Line 1\\n\\\"quoted\\\"\",\"attributes\":{\"k\":\"v\"}}", body.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    public void serverErrorsAreRetriedAndClientErrorsRejected() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/busy", exchange -> { exchange.sendResponseHeaders(503, -1); exchange.close(); });
        server.createContext("/gone", exchange -> { exchange.sendResponseHeaders(410, -1); exchange.close(); });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals(DeliveryResult.Status.RETRY, channel.send(msg(base + "/busy")).status());
            assertEquals(DeliveryResult.Status.REJECTED, channel.send(msg(base + "/gone")).status());
        } finally {
            server.stop(0);
        }
    }

    @Test
    public void nonHttpRecipientIsRejectedWithAReason() {
        DeliveryResult result = channel.send(msg("mailto:someone@example.com"));
        assertEquals(DeliveryResult.Status.REJECTED, result.status());
        assertTrue(result.detail().contains("http"));
    }

    private static OutboundMessage msg(String url) {
        return new OutboundMessage("m-2", "acme", url, null, "body", null);
    }
}
