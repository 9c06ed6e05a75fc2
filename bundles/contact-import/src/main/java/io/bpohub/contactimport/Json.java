package io.bpohub.contactimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON this bundle stores (mapping, header row, raw cells, custom fields): strings, numbers,
 * booleans, null, arrays and objects. Written by hand to keep a JSON library out of a bundle that
 * writes a million small documents per import.
 */
final class Json {
    private Json() {
    }

    static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    static String strings(List<String> values) {
        StringBuilder out = new StringBuilder(16 * values.size() + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(',');
            string(out, values.get(i));
        }
        return out.append(']').toString();
    }

    static String strings(String[] values) {
        return strings(java.util.Arrays.asList(values));
    }

    /** Parses a document: Map (insertion order), List, String, Long/Double, Boolean or null. */
    static Object parse(String text) {
        Parser p = new Parser(text);
        Object value = p.value();
        p.space();
        if (p.pos != text.length()) throw p.error("trailing text");
        return value;
    }

    @SuppressWarnings("unchecked")
    static List<String> parseStrings(String text) {
        if (text == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) parse(text)) out.add(o == null ? null : o.toString());
        return out;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid JSON at " + pos + ": " + what);
        }

        void space() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        Object value() {
            space();
            if (pos >= s.length()) throw error("unexpected end");
            char c = s.charAt(pos);
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return str();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", null);
                default: return number();
            }
        }

        Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) throw error("expected " + word);
            pos += word.length();
            return value;
        }

        Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            space();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return map;
            }
            while (true) {
                space();
                if (pos >= s.length() || s.charAt(pos) != '"') throw error("expected a key");
                String key = str();
                space();
                if (pos >= s.length() || s.charAt(pos++) != ':') throw error("expected ':'");
                map.put(key, value());
                space();
                if (pos >= s.length()) throw error("unterminated object");
                char c = s.charAt(pos++);
                if (c == '}') return map;
                if (c != ',') throw error("expected ',' or '}'");
            }
        }

        List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            space();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                space();
                if (pos >= s.length()) throw error("unterminated array");
                char c = s.charAt(pos++);
                if (c == ']') return list;
                if (c != ',') throw error("expected ',' or ']'");
            }
        }

        String str() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= s.length()) throw error("unterminated string");
                char c = s.charAt(pos++);
                if (c == '"') return out.toString();
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= s.length()) throw error("unterminated escape");
                char e = s.charAt(pos++);
                switch (e) {
                    case '"': case '\\': case '/': out.append(e); break;
                    case 'n': out.append('\n'); break;
                    case 'r': out.append('\r'); break;
                    case 't': out.append('\t'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'u':
                        if (pos + 4 > s.length()) throw error("short \\u escape");
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                        break;
                    default: throw error("bad escape \\" + e);
                }
            }
        }

        Object number() {
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) pos++;
            String n = s.substring(start, pos);
            if (n.isEmpty()) throw error("unexpected '" + s.charAt(pos) + "'");
            try {
                return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
            } catch (NumberFormatException ex) {
                throw error("bad number " + n);
            }
        }
    }
}
