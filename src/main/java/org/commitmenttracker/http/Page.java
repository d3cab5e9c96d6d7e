package org.commitmenttracker.http;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with the total number of matches across all pages. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
