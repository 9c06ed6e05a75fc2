package io.bpohub.dialer;

/** Whether a person answered each of the last finished calls: the answer rate pacing works from. */
final class RecentAnswers {
    private final boolean[] answered;
    private int next;
    private int size;
    private int live;

    RecentAnswers(int capacity) {
        answered = new boolean[capacity];
    }

    void add(boolean liveAnswer) {
        if (size == answered.length) {
            if (answered[next]) live--;
        } else {
            size++;
        }
        answered[next] = liveAnswer;
        if (liveAnswer) live++;
        next = (next + 1) % answered.length;
    }

    /** The share answered by a person; NaN before any call finished. */
    double rate() {
        return size == 0 ? Double.NaN : (double) live / size;
    }
}
