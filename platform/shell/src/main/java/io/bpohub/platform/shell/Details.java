package io.bpohub.platform.shell;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** A "label: value" block for commands that show one thing. */
final class Details {
    private final Map<String, String> rows = new LinkedHashMap<>();

    Details add(String label, Object value) {
        rows.put(label, Format.text(value));
        return this;
    }

    void print(PrintStream out) {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        rows.forEach((label, value) -> out.println(pad(label + ":", width) + " " + value));
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }
}
