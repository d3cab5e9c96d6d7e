package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * The stored events an evaluation reads, as facts with their terms resolved by the vocabulary given. Trusted events
 * count for every commitment; untrusted (machine-coded) ones only where staff confirmed them. Owned by evaluation,
 * implemented by the event feature.
 */
public interface EventFactSource {

    /** Every trusted event dated on or before the day. */
    List<EventFact> trustedKnownOn(LocalDate day, Vocabulary vocabulary);

    /** The trusted events among the ids dated on or before the day. */
    List<EventFact> trustedKnownOn(LocalDate day, Collection<String> ids, Vocabulary vocabulary);

    /** The untrusted events among the ids dated on or before the day. */
    List<EventFact> untrustedKnownOn(LocalDate day, Collection<String> ids, Vocabulary vocabulary);

    /** The latest trusted events dated on or before the day, at most {@code limit} of them. */
    List<EventFact> latestTrustedKnownOn(LocalDate day, int limit, Vocabulary vocabulary);
}
