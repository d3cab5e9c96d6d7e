package org.commitmenttracker.rules;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which classes exist and which do not. The DRL compiler probes many class names that do not exist, and
 * Quarkus's production class loader answers each miss slowly; caching the misses cuts a compile several-fold.
 */
final class CachingClassLoader extends ClassLoader {

    private final Map<String, Optional<Class<?>>> lookups = new ConcurrentHashMap<>();

    CachingClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Optional<Class<?>> found = lookups.computeIfAbsent(name, this::lookUp);
        return found.orElseThrow(() -> new ClassNotFoundException(name));
    }

    private Optional<Class<?>> lookUp(String name) {
        try {
            return Optional.of(getParent().loadClass(name));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
