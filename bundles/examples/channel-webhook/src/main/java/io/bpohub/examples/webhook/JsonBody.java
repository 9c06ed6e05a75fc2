package io.bpohub.examples.webhook;

import io.bpohub.api.channel.OutboundMessage;
import java.util.Map;

/** The JSON document the webhook receives; written by hand so the bundle needs no JSON library. */
final class JsonBody {
    private JsonBody() {
    }

    static String of(OutboundMessage m) {
        StringBuilder attributes = new StringBuilder("{");
        for (Map.Entry<String, String> e : m.attributes().entrySet()) {
            if (attributes.length() > 1) attributes.append(',');
            attributes.append(quote(e.getKey())).append(':').append(quote(e.getValue()));
        }
        attributes.append('}');
        return "{\"messageId\":" + quote(m.messageId()) + ",\"tenant\":" + quote(m.tenantSlug())
                + ",\"subject\":" + quote(m.subject()) + ",\"body\":" + quote(m.body())
                + ",\"attributes\":" + attributes + "}";
    }

    static String quote(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
