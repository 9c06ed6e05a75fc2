package io.bpohub.billing;

/**
 * Longest-prefix match on E.164 digits: one node per digit, so a lookup costs one step per digit of
 * the number however many prefixes the plan has (2,000 in B3). Built once per plan version; read-only
 * afterwards, so shared by all threads without locks.
 */
final class PrefixTrie<T> {
    private static final class Node<T> {
        @SuppressWarnings("unchecked")
        final Node<T>[] next = (Node<T>[]) new Node[10];
        T value;
    }

    private final Node<T> root = new Node<>();

    /** @throws IllegalArgumentException on a non-digit or a prefix added twice */
    void put(String prefix, T value) {
        Node<T> node = root;
        for (int i = 0; i < prefix.length(); i++) {
            int digit = digit(prefix.charAt(i));
            if (digit < 0) throw new IllegalArgumentException("not a digit in prefix " + prefix);
            if (node.next[digit] == null) node.next[digit] = new Node<>();
            node = node.next[digit];
        }
        if (node.value != null) throw new IllegalArgumentException("prefix " + prefix + " twice");
        node.value = value;
    }

    /**
     * The value of the longest prefix of {@code number} (digits, optionally after a leading '+'), or null.
     *
     * @throws IllegalArgumentException when the number holds anything but digits after the '+'
     */
    T longestMatch(String number) {
        Node<T> node = root;
        T best = null;
        int i = number.startsWith("+") ? 1 : 0;
        if (i == number.length()) throw new IllegalArgumentException("not an E.164 number: '" + number + "'");
        for (; i < number.length(); i++) {
            int digit = digit(number.charAt(i));
            if (digit < 0) throw new IllegalArgumentException("not an E.164 number: '" + number + "'");
            if (node != null) {
                node = node.next[digit];
                if (node != null && node.value != null) best = node.value;
            }
            // keep scanning without a node so that a malformed tail is refused, not half-matched
        }
        return best;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }
}
