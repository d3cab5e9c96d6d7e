package org.commitmenttracker.scorecard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.commitmenttracker.rules.facts.Parameters;
import org.commitmenttracker.rules.facts.Status;

/** A scorecard's lines from a run's counts: every status counted (zero included), and the mean score. */
final class ScorecardItems {

    private ScorecardItems() {
    }

    static List<ScorecardView.Item> of(ScorecardCounts.Counts counts, Grouping by, Parameters scale) {
        List<ScorecardView.Item> items = new ArrayList<>();
        counts.byGroup().forEach((group, statuses) -> items.add(item(group, statuses, scale,
                "/api/commitments?" + by.listingQuery(URLEncoder.encode(group, StandardCharsets.UTF_8)))));
        return items;
    }

    private static ScorecardView.Item item(String group, Map<Status, Long> statuses, Parameters scale, String link) {
        Map<Status, Long> all = new EnumMap<>(Status.class);
        long commitments = 0;
        long scored = 0;
        double sum = 0;
        for (Status status : Status.values()) {
            long n = statuses.getOrDefault(status, 0L);
            all.put(status, n);
            commitments += n;
            OptionalDouble score = scale.scoreOf(status);
            if (score.isPresent()) {
                scored += n;
                sum += n * score.getAsDouble();
            }
        }
        Double score = scored == 0 ? null : Math.round(sum / scored * 1000) / 1000.0;
        return new ScorecardView.Item(group, commitments, all, score, scored, link);
    }
}
