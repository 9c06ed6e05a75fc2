package io.bpohub.billing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Compiled plans keyed by the identity of the plan value. Plans are deeply immutable records, so a
 * compiled form never goes stale; identity avoids hashing 2,000 destinations on every call. A caller
 * that builds a new plan object per record only pays compilation each time; the cache is emptied when
 * it grows past {@link #LIMIT} so that such callers cannot exhaust memory.
 */
final class CompiledCache<K, V> {
    static final int LIMIT = 10_000;

    private static final class Identity {
        final Object value;
        final int hash;

        Identity(Object value) {
            this.value = value;
            this.hash = System.identityHashCode(value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity && ((Identity) other).value == value;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final ConcurrentHashMap<Identity, V> compiled = new ConcurrentHashMap<>();
    private final Function<K, V> compiler;

    CompiledCache(Function<K, V> compiler) {
        this.compiler = compiler;
    }

    V of(K key) {
        Identity identity = new Identity(key);
        V value = compiled.get(identity);
        if (value != null) return value;
        if (compiled.size() >= LIMIT) compiled.clear();
        value = compiler.apply(key);
        V raced = compiled.putIfAbsent(identity, value);
        return raced != null ? raced : value;
    }
}
