package io.bpohub.contactimport;

import io.bpohub.api.contacts.DoNotCallList;

/**
 * An immutable do-not-call snapshot: E.164 numbers as their digits in an open-addressing set (16 bytes a
 * number), so that a check during an import is one or two memory reads.
 */
final class NumberSet implements DoNotCallList {
    private final NumberMap numbers;

    /** Copies the first {@code count} numbers (duplicates harmless). */
    NumberSet(long[] numbers, int count) {
        this.numbers = new NumberMap(Math.max(16, count));
        for (int i = 0; i < count; i++) {
            if (numbers[i] > 0) this.numbers.putIfAbsent(numbers[i], 0);
        }
    }

    boolean contains(long digits) {
        return digits > 0 && numbers.contains(digits);
    }

    @Override
    public boolean contains(String e164) {
        return contains(NumberMap.digits(e164));
    }

    int size() {
        return numbers.size();
    }
}
