package io.bpohub.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A small HTTP client for the platform's REST API, as a script or the console would use it. */
final class Api {
    record Reply(int status, String contentType, JsonNode json, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply post(String path, String json, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    Reply put(String path, String json, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Uploads a file's bytes as the request body. */
    Reply upload(String path, byte[] body, String token) {
        return send(request(path, token).header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    String login(String username, String password) {
        Reply r = post("/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (r.status() != 200) throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.text());
        return r.json().get("token").asText();
    }

    /** Polls a GET until the reply satisfies the condition; fails with the last reply after the timeout. */
    Reply await(String path, String token, Predicate<Reply> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path, token);
                if (condition.test(last)) return last;
            } catch (RuntimeException e) {
                last = new Reply(0, null, null, e.toString());
            }
            Thread.sleep(250); // polling interval while the platform catches up
        }
        throw new AssertionError("condition not met for GET " + path + " within " + timeout + "; last reply: "
                + (last == null ? "none" : last.status() + " " + last.text()));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null;
            return new Reply(r.statusCode(), type, json, r.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
