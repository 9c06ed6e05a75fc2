package io.bpohub.contactimport;

/**
 * E.164 numbers (as their digits in a long: country codes never start with 0, so this is one-to-one)
 * to a long value, by open addressing. An import keeps every number of the file here with the row
 * that claimed it: a million numbers cost about 32 MB instead of ten times that as boxed strings.
 */
final class NumberMap {
    static final long ABSENT = Long.MIN_VALUE;
    private long[] keys;
    private long[] values;
    private int size;
    private int mask;

    NumberMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new long[capacity];
        mask = capacity - 1;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    long get(long key) {
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return ABSENT;
        }
    }

    boolean contains(long key) {
        return get(key) != ABSENT;
    }

    /** Puts {@code key} unless present; returns the value already there or {@link #ABSENT}. */
    long putIfAbsent(long key, long value) {
        if (key <= 0) throw new IllegalArgumentException("not an E.164 number: " + key);
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) grow();
                return ABSENT;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) continue;
            int i = slot(oldKeys[j], mask);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }

    /** "+8613800138000" to 8613800138000; -1 for anything else. */
    static long digits(String e164) {
        if (e164 == null || e164.length() < 2 || e164.length() > 16 || e164.charAt(0) != '+' || e164.charAt(1) == '0') return -1;
        long n = 0;
        for (int i = 1; i < e164.length(); i++) {
            char c = e164.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
