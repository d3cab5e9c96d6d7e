package org.commitmenttracker.web;

import java.util.Collection;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;

/** Small formatting helpers the page templates call as if they were properties. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** {@code {c.actors.joined}}: "IND, KOR". */
    static String joined(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
