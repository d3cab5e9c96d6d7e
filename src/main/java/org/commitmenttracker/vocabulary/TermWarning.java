package org.commitmenttracker.vocabulary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A term accepted although no concept has it: stored uncontrolled, with the concepts it may have meant. */
@Schema(description = "A term that is in no vocabulary scheme: accepted as an uncontrolled term (refused when "
        + "tracker.vocabulary.strict=true)")
public record TermWarning(String field, String term, String message, List<String> suggestions) {
}
