package io.bpohub.api.contacts;

/**
 * A set of numbers not to call, in E.164 ({@code +8613800138000}). Implementations are immutable
 * snapshots or live lookups; either way safe to share between threads.
 */
@FunctionalInterface
public interface DoNotCallList {
    DoNotCallList NONE = e164 -> false;

    boolean contains(String e164);
}
