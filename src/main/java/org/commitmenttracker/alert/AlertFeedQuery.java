package org.commitmenttracker.alert;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.vocabulary.TermResolver;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The feed's filters, each repeatable; a 400 names every bad one. */
public class AlertFeedQuery {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    @QueryParam("actor") @Parameter(description = "A party that made the commitment (repeatable)")
    List<String> actors;
    @QueryParam("addressee") @Parameter(description = "A party the commitment was made to (repeatable)")
    List<String> addressees;
    @QueryParam("topic") @Parameter(description = "A topic of the commitment (repeatable)")
    List<String> topics;
    @QueryParam("kind") @Parameter(description = "A kind of commitment (repeatable), e.g. RECURRING")
    List<String> kinds;
    @QueryParam("status") @Parameter(description = "The status it changed to (repeatable), e.g. OVERDUE")
    List<String> statuses;
    @QueryParam("commitment") @Parameter(description = "A commitment id (repeatable)")
    List<String> commitments;
    @QueryParam("size") @Parameter(description = "How many entries, at most 500; 50 when omitted")
    String size;

    record Parsed(StatusChangeFilter filter, int size) {
    }

    Parsed parse(TermResolver vocabulary) {
        QueryParser parser = new QueryParser();
        Set<Status> wanted = orEmpty(statuses).stream().map(s -> parser.enumValue("status", s, Status.class))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<Kind> wantedKinds = orEmpty(kinds).stream().map(k -> parser.enumValue("kind", k, Kind.class))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Long entries = parser.number("size", size);
        if (entries != null && (entries < 1 || entries > MAX_SIZE)) {
            parser.reject("size", "must be between 1 and " + MAX_SIZE);
        }
        parser.throwIfInvalid();
        return new Parsed(new StatusChangeFilter(resolved(vocabulary, Vocabulary.PARTIES, actors),
                resolved(vocabulary, Vocabulary.PARTIES, addressees), resolved(vocabulary, Vocabulary.TOPICS, topics),
                wantedKinds, wanted, Set.copyOf(orEmpty(commitments))),
                entries == null ? DEFAULT_SIZE : entries.intValue());
    }

    private static Set<String> resolved(TermResolver vocabulary, String scheme, List<String> terms) {
        return orEmpty(terms).stream().map(t -> vocabulary.storedForm(scheme, t)).collect(Collectors.toSet());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
