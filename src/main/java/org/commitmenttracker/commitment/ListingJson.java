package org.commitmenttracker.commitment;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/**
 * Pages of commitments written as JSON, with the service's own object mapper, and the status listings' JSON kept per
 * run: a run's listing never changes, and writing a page out was the largest share of a cached listing's work (a
 * fifth of the CPU under 32 clients, see docs/performance.md).
 */
@ApplicationScoped
class ListingJson {

    private final Cache bodies;
    private final ObjectMapper mapper;

    ListingJson(@CacheName("status-listing-json") Cache bodies, ObjectMapper mapper) {
        this.bodies = bodies;
        this.mapper = mapper;
    }

    /** The JSON kept under the key, written from the page the supplier reads when there is none yet. */
    byte[] cached(Object key, Supplier<Page<CommitmentView>> page) {
        return bodies.get(key, k -> write(page.get())).await().indefinitely();
    }

    byte[] write(Page<CommitmentView> page) {
        try {
            return mapper.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
