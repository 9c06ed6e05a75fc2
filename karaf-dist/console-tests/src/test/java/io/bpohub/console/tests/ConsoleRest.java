package io.bpohub.console.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.json.Json;

/**
 * The REST API of the server under test, called from Java: for what a test sets up before the browser
 * is pointed at it, and for checks a headless browser cannot make reliably (file downloads).
 */
final class ConsoleRest {
    /** An answer: status, Content-Type and the body as bytes (and as text). */
    record Reply(String method, String path, int status, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        Map<String, Object> json() {
            Map<String, Object> map = new Json().toType(text(), Json.MAP_TYPE);
            if (map == null) {
                throw new AssertionError(method + " " + path + " answered no JSON object: " + text());
            }
            return map;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) (List<?>) new Json().toType(text(), List.class);
        }

        /** This reply, if it has the expected status; otherwise fails with what the server said. */
        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError(method + " " + path + " answered " + status + " (expected " + expected + "): " + abbreviate(text()));
            }
            return this;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;

    private ConsoleRest(URI api) {
        this.api = api;
    }

    /** The API of the server whose console is at {@code consoleUrl} (".../console/"). */
    static ConsoleRest forConsole(String consoleUrl) {
        return new ConsoleRest(URI.create(consoleUrl).resolve("/api/v1/"));
    }

    /** Signs in and answers the bearer token. */
    String login(String username, String password) {
        Reply reply = send("POST", "/auth/login", "{\"username\":" + quote(username) + ",\"password\":" + quote(password) + "}", null);
        return String.valueOf(reply.expect(200).json().get("token"));
    }

    void logout(String token) {
        send("POST", "/auth/logout", null, token);
    }

    Reply get(String path, String token) {
        return send("GET", path, null, token);
    }

    Reply post(String path, String json, String token) {
        return send("POST", path, json, token);
    }

    Reply put(String path, String json, String token) {
        return send("PUT", path, json, token);
    }

    /** Uploads a file's bytes as the request body. */
    Reply upload(String path, byte[] body, String token) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), "application/octet-stream", token);
    }

    Reply send(String method, String path, String json, String token) {
        return send(method, path, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json),
                json == null ? null : "application/json", token);
    }

    private Reply send(String method, String path, HttpRequest.BodyPublisher body, String contentType, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path.replaceFirst("^/", "")))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "*/*")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(method, path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path + " was interrupted", e);
        }
    }

    /** A JSON string literal. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "…" : oneLine;
    }
}
