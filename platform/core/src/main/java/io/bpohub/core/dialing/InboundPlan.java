package io.bpohub.core.dialing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.platform.services.PlatformException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's inbound plan: its queues and its IVR tree, written as one JSON document that a tenant's manager edits
 * (console, REST, shell) without code. Parsing validates everything a call could trip on, so a saved plan never
 * strands a caller: every target names a node, every queue node a queue, every queue a campaign key, and no path
 * loops through messages forever without asking the caller anything. Errors name the field ({@code nodes.welcome.choices.3}).
 * <pre>
 * {"start": "hours",
 *  "queues": {"care": {"campaign": "inbound-care", "skills": ["spanish"], "announceEverySeconds": 30,
 *                      "overflowAfterSeconds": 120, "overflow": "voicemail", "serviceLevelSeconds": 20, "priority": 5,
 *                      "callback": {"offerAfterSeconds": 60, "prompt": "callback-offer", "key": "1",
 *                                   "campaign": "care-callbacks", "confirm": "callback-booked"}}},
 *  "nodes": {"hours":     {"type": "hours", "open": "welcome", "closed": "closed"},
 *            "welcome":   {"type": "menu", "prompt": "welcome", "choices": {"1": "care"}, "timeoutSeconds": 5,
 *                          "retries": 2, "otherwise": "care"},
 *            "care":      {"type": "queue", "queue": "care"},
 *            "closed":    {"type": "message", "prompt": "closed", "next": "voicemail"},
 *            "voicemail": {"type": "voicemail", "prompt": "leave-a-message", "maxSeconds": 120},
 *            "goodbye":   {"type": "hangup", "prompt": "goodbye"}},
 *  "survey": {"prompt": "survey", "scale": 5, "thanks": "survey-thanks"},
 *  "announceAgent": true}
 * </pre>
 * Prompts are the names of recorded messages at the telephony gateway.
 */
public record InboundPlan(String start, Map<String, Queue> queues, Map<String, Node> nodes, Survey survey, boolean announceAgent) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final int MAX_NODES = 500;

    /**
     * A queue: the running campaign whose agents take its calls, the skills they need, announcements and overflow, the
     * service level's target answer time (20 s unless the plan says otherwise: the usual 80/20 target), and its priority
     * (1 to 9, 5 unless said otherwise: agents shared with other queues take its callers before lower ones'), and the
     * offer to be called back instead of waiting (null for none).
     */
    public record Queue(String key, String campaign, Set<String> skills, Duration announceEvery, Duration overflowAfter, String overflow,
                        Duration serviceLevel, int priority, Callback callback) {
        static final Duration DEFAULT_SERVICE_LEVEL = Duration.ofSeconds(20);
    }

    /**
     * After {@code offerAfter} in the queue the caller hears {@code prompt} and may press {@code key} (1 unless said
     * otherwise) to be called back: the caller becomes a contact of {@code campaign}, an outbound campaign, due at once,
     * hears {@code confirm} (if any) and is hung up on.
     */
    public record Callback(Duration offerAfter, String prompt, String key, String campaign, String confirm) {
    }

    /** One step of the IVR tree. */
    public sealed interface Node permits Menu, Message, Hours, QueueStep, Voicemail, Hangup {
    }

    /** Plays {@code prompt}, collects one key; a key with no choice or no key at all is retried, then {@code otherwise}. */
    public record Menu(String prompt, Map<String, String> choices, int timeoutSeconds, int retries, String otherwise) implements Node {
    }

    public record Message(String prompt, String next) implements Node {
    }

    /** Branches on the tenant's business calendar now: {@code open} or {@code closed}. */
    public record Hours(String open, String closed) implements Node {
    }

    public record QueueStep(String queue) implements Node {
    }

    /** Plays {@code prompt}, then records the caller's message for at most {@code maxSeconds}. */
    public record Voicemail(String prompt, int maxSeconds) implements Node {
    }

    /** Plays {@code prompt} (if any) and hangs up. */
    public record Hangup(String prompt) implements Node {
    }

    /** Asked after the agent hung up first: one key from 1 to {@code scale}, then {@code thanks}. */
    public record Survey(String prompt, int scale, String thanks) {
    }

    /** The plan a tenant has before writing its own: every caller hears that nobody can take the call and is hung up on. */
    public static final String EMPTY = "{\"start\": \"goodbye\", \"queues\": {}, \"nodes\": {\"goodbye\": {\"type\": \"hangup\", \"prompt\": \"not-in-service\"}}}";

    public static InboundPlan parse(String document) {
        JsonNode root;
        try {
            root = JSON.readTree(document == null ? "" : document);
        } catch (JsonProcessingException e) {
            throw PlatformException.invalid("document", "the inbound plan is not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) throw PlatformException.invalid("document", "the inbound plan is a JSON object with start, queues and nodes");
        Map<String, Queue> queues = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "queues").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            queues.put(name(e.getKey(), "queues"), queue(e.getKey(), e.getValue(), "queues." + e.getKey()));
        }
        JsonNode nodesJson = object(root, "nodes");
        if (nodesJson.size() == 0) throw PlatformException.invalid("nodes", "the inbound plan has at least one node");
        if (nodesJson.size() > MAX_NODES) throw PlatformException.invalid("nodes", "the inbound plan has at most " + MAX_NODES + " nodes");
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = nodesJson.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            nodes.put(name(e.getKey(), "nodes"), node(e.getValue(), "nodes." + e.getKey(), queues.keySet()));
        }
        String start = text(root, "start", "start", true);
        InboundPlan plan = new InboundPlan(start, queues, nodes, survey(root.get("survey")), bool(root, "announceAgent"));
        plan.checkTargets();
        plan.checkNoSilentLoop();
        return plan;
    }

    public Node node(String name) {
        return nodes.get(name);
    }

    private static Queue queue(String key, JsonNode q, String field) {
        if (!q.isObject()) throw PlatformException.invalid(field, "a queue is an object with a campaign");
        Set<String> skills = new LinkedHashSet<>();
        JsonNode s = q.get("skills");
        if (s != null && !s.isNull()) {
            if (!s.isArray()) throw PlatformException.invalid(field + ".skills", "skills are a list of names");
            for (JsonNode skill : s) {
                if (!skill.isTextual()) throw PlatformException.invalid(field + ".skills", "a skill is a name");
                skills.add(name(skill.asText(), field + ".skills"));
            }
        }
        Integer announce = whole(q, "announceEverySeconds", field, 5, 600);
        Integer overflowAfter = whole(q, "overflowAfterSeconds", field, 1, 3600);
        String overflow = text(q, "overflow", field + ".overflow", false);
        if ((overflowAfter == null) != (overflow == null)) {
            throw PlatformException.invalid(field + ".overflow", "overflowAfterSeconds and overflow (the node callers go to) come together");
        }
        Integer serviceLevel = whole(q, "serviceLevelSeconds", field, 1, 600);
        Integer priority = whole(q, "priority", field, 1, 9);
        return new Queue(key, name(text(q, "campaign", field + ".campaign", true), field + ".campaign"), Set.copyOf(skills),
                announce == null ? null : Duration.ofSeconds(announce), overflowAfter == null ? null : Duration.ofSeconds(overflowAfter), overflow,
                serviceLevel == null ? Queue.DEFAULT_SERVICE_LEVEL : Duration.ofSeconds(serviceLevel),
                priority == null ? QueuedCall.DEFAULT_PRIORITY : priority, callback(q.get("callback"), field + ".callback"));
    }

    private static Callback callback(JsonNode c, String field) {
        if (c == null || c.isNull()) return null;
        if (!c.isObject()) throw PlatformException.invalid(field, "a callback offer is an object with offerAfterSeconds, prompt and campaign");
        Integer after = whole(c, "offerAfterSeconds", field, 5, 3600);
        if (after == null) throw PlatformException.invalid(field + ".offerAfterSeconds", "offerAfterSeconds (how long callers wait before the offer) is required");
        String key = text(c, "key", field + ".key", false);
        if (key != null && !key.matches("[0-9*#]")) throw PlatformException.invalid(field + ".key", "the key that accepts is one key: 0-9, * or #");
        String confirm = text(c, "confirm", field + ".confirm", false);
        return new Callback(Duration.ofSeconds(after), prompt(c, field, true), key == null ? "1" : key,
                name(text(c, "campaign", field + ".campaign", true), field + ".campaign"), confirm == null ? null : name(confirm, field + ".confirm"));
    }

    private static Node node(JsonNode n, String field, Set<String> queues) {
        if (!n.isObject()) throw PlatformException.invalid(field, "a node is an object with a type");
        String type = text(n, "type", field + ".type", true);
        return switch (type) {
            case "menu" -> {
                JsonNode c = n.get("choices");
                if (c == null || !c.isObject() || c.size() == 0) throw PlatformException.invalid(field + ".choices", "a menu maps keys to nodes, e.g. {\"1\": \"sales\"}");
                Map<String, String> choices = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getKey().matches("[0-9*#]")) throw PlatformException.invalid(field + ".choices." + e.getKey(), "a choice is one key: 0-9, * or #");
                    if (!e.getValue().isTextual()) throw PlatformException.invalid(field + ".choices." + e.getKey(), "a choice names a node");
                    choices.put(e.getKey(), e.getValue().asText());
                }
                Integer timeout = whole(n, "timeoutSeconds", field, 1, 60);
                Integer retries = whole(n, "retries", field, 0, 5);
                yield new Menu(prompt(n, field, true), choices, timeout == null ? 5 : timeout, retries == null ? 1 : retries,
                        text(n, "otherwise", field + ".otherwise", false));
            }
            case "message" -> new Message(prompt(n, field, true), text(n, "next", field + ".next", true));
            case "hours" -> new Hours(text(n, "open", field + ".open", true), text(n, "closed", field + ".closed", true));
            case "queue" -> {
                String queue = text(n, "queue", field + ".queue", true);
                if (!queues.contains(queue)) throw PlatformException.invalid(field + ".queue", "no queue " + queue + " in queues " + queues);
                yield new QueueStep(queue);
            }
            case "voicemail" -> {
                Integer max = whole(n, "maxSeconds", field, 5, 600);
                yield new Voicemail(prompt(n, field, true), max == null ? 120 : max);
            }
            case "hangup" -> new Hangup(prompt(n, field, false));
            default -> throw PlatformException.invalid(field + ".type", "a node's type is menu, message, hours, queue, voicemail or hangup, not " + type);
        };
    }

    private static Survey survey(JsonNode s) {
        if (s == null || s.isNull()) return null;
        if (!s.isObject()) throw PlatformException.invalid("survey", "the survey is an object with prompt, scale and thanks");
        Integer scale = whole(s, "scale", "survey", 2, 9);
        return new Survey(prompt(s, "survey", true), scale == null ? 5 : scale, text(s, "thanks", "survey.thanks", false));
    }

    /** Every target names a node, and so does start. */
    private void checkTargets() {
        requireNode(start, "start");
        queues.forEach((key, q) -> {
            if (q.overflow() != null) requireNode(q.overflow(), "queues." + key + ".overflow");
        });
        nodes.forEach((name, node) -> {
            String field = "nodes." + name;
            if (node instanceof Menu m) {
                m.choices().forEach((key, target) -> requireNode(target, field + ".choices." + key));
                if (m.otherwise() != null) requireNode(m.otherwise(), field + ".otherwise");
            } else if (node instanceof Message m) {
                requireNode(m.next(), field + ".next");
            } else if (node instanceof Hours h) {
                requireNode(h.open(), field + ".open");
                requireNode(h.closed(), field + ".closed");
            }
        });
    }

    /**
     * Messages and hours nodes move on without the caller: a cycle made only of them (or through a queue's
     * overflow, which a caller may reach again and again) would play to a caller forever. Menus ask, so they break cycles.
     */
    private void checkNoSilentLoop() {
        Set<String> done = new HashSet<>();
        for (String from : nodes.keySet()) walkSilently(from, new ArrayList<>(), new HashSet<>(), done);
    }

    /** Depth-first over the silent moves; a node met again on the current path closes a loop. */
    private void walkSilently(String name, List<String> path, Set<String> onPath, Set<String> done) {
        if (onPath.contains(name)) {
            throw PlatformException.invalid("nodes." + name, "callers would go round " + String.join(" → ", path) + " → " + name
                    + " for ever without being asked anything; put a menu, a voicemail or a hangup on the way");
        }
        if (!done.add(name)) return;
        onPath.add(name);
        path.add(name);
        for (String next : silentNext(nodes.get(name))) walkSilently(next, path, onPath, done);
        path.remove(path.size() - 1);
        onPath.remove(name);
    }

    private List<String> silentNext(Node node) {
        if (node instanceof Message m) return List.of(m.next());
        if (node instanceof Hours h) return List.of(h.open(), h.closed());
        if (node instanceof QueueStep q && queues.get(q.queue()).overflow() != null) return List.of(queues.get(q.queue()).overflow());
        return List.of();
    }

    private void requireNode(String target, String field) {
        if (!nodes.containsKey(target)) throw PlatformException.invalid(field, "no node " + target + " in nodes " + nodes.keySet());
    }

    private static JsonNode object(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (field.equals("queues")) return JSON.createObjectNode();
            throw PlatformException.invalid(field, "the inbound plan has " + field);
        }
        if (!n.isObject()) throw PlatformException.invalid(field, field + " is an object keyed by name");
        return n;
    }

    private static String prompt(JsonNode n, String field, boolean required) {
        String prompt = text(n, "prompt", field + ".prompt", required);
        return prompt == null ? null : name(prompt, field + ".prompt");
    }

    private static String text(JsonNode n, String key, String field, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) throw PlatformException.invalid(field, field + " is required");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) throw PlatformException.invalid(field, field + " is a name");
        return v.asText();
    }

    /** An optional whole number from {@code min} to {@code max}; null when absent. */
    private static Integer whole(JsonNode n, String key, String field, int min, int max) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw PlatformException.invalid(field + "." + key, key + " is a whole number from " + min + " to " + max);
        }
        return v.asInt();
    }

    private static boolean bool(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw PlatformException.invalid(key, key + " is true or false");
        return v.asBoolean();
    }

    private static String name(String name, String field) {
        if (!name.matches(NAME)) throw PlatformException.invalid(field, "a name is 1 to 64 letters, digits, '.', '_' or '-': " + name);
        return name;
    }
}
