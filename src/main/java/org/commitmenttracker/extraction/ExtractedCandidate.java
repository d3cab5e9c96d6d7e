package org.commitmenttracker.extraction;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.commitmenttracker.rules.facts.Kind;

/**
 * A commitment proposed from a release's text, before it is stored: the exact quote and where it stands in the text,
 * the whole sentence, what was read (who, to whom, which kind, by when or how often, on what condition, about what)
 * and why (the cues that fired, the hedges, the confidence).
 */
public record ExtractedCandidate(String quote, int start, int end, String sentence, List<String> actors,
                                 List<String> addressees, Kind kind, String kindReason, LocalDate deadline,
                                 String deadlineNote, Period cadence, String cadenceNote, String trigger,
                                 List<String> topics, List<String> eventTypes, List<String> cues,
                                 List<String> hedges, double confidence, String summary) {
}
