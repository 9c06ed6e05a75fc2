package io.bpohub.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Versions sorted by their effective local date; finds the one in force on a local date by binary search. */
final class EffectiveDates<T> {
    private final long[] fromDays;
    private final List<T> versions;

    <S> EffectiveDates(List<S> sources, Function<S, LocalDate> effectiveFrom, Function<S, T> compile) {
        List<S> sorted = new ArrayList<>(sources);
        sorted.sort((a, b) -> effectiveFrom.apply(a).compareTo(effectiveFrom.apply(b)));
        fromDays = new long[sorted.size()];
        versions = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            fromDays[i] = effectiveFrom.apply(sorted.get(i)).toEpochDay();
            versions.add(compile.apply(sorted.get(i)));
        }
    }

    /** The version with the greatest effective date on or before {@code epochDay}; null before the first. */
    T inForce(long epochDay) {
        int lo = 0, hi = fromDays.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (fromDays[mid] <= epochDay) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : versions.get(found);
    }
}
