package org.commitmenttracker.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the condition an action waits for: the words after "as soon as", "once", "when", "upon", "if",
 * "provided that" or "subject to", up to the end of that phrase. "Once" as a count ("met once") and "when" in a
 * question do not count.
 */
public final class TriggerReader {

    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(as\\s+soon\\s+as|once|when(?:ever)?|upon|"
            + "if|provided\\s+that|subject\\s+to|in\\s+the\\s+event\\s+that)\\s+(?!(?:a|per)\\s+(?:year|month|week)\\b)"
            + "((?:the|a|an|its|their|both|it|they|this|that|[A-Z][\\w-]*)\\b[^,;.]*)");

    private TriggerReader() {
    }

    /** The condition in the release's words, such as "as soon as the COVID-19 situation stabilizes". */
    public static Optional<String> read(String clause) {
        Matcher m = CONDITION.matcher(clause);
        return m.find() ? Optional.of((m.group(1) + " " + m.group(2)).replaceAll("\\s+", " ").strip())
                : Optional.empty();
    }
}
