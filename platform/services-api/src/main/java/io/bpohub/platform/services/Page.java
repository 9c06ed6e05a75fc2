package io.bpohub.platform.services;

import java.util.List;

/** One page of a list; {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 200;

    /** Validates paging parameters as a list endpoint receives them. */
    public static void check(int page, int size) {
        if (page < 0) throw PlatformException.invalid("page", "page must be 0 or more");
        if (size < 1 || size > MAX_SIZE) throw PlatformException.invalid("size", "size must be between 1 and " + MAX_SIZE);
    }
}
