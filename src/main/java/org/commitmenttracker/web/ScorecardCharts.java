package org.commitmenttracker.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.scorecard.ScorecardView;
import org.commitmenttracker.scorecard.TrendView;

/**
 * Scorecards as inline SVG pictures laid out on the server, as the commitment timeline is: a bar per group split
 * into kept, under way, broken and not scored (by the sign of each status's score on the active scale), and a
 * group's columns over time with its score as a line. Each says the same in words ({@code description}) and the
 * page puts a table beside it.
 */
final class ScorecardCharts {

    static final int WIDTH = 800;
    private static final int BAR_LEFT = 170;
    private static final int BAR_RIGHT = 690;
    private static final int BAR_HEIGHT = 18;
    private static final int BAR_STEP = 26;
    private static final int PLOT_LEFT = 50;
    private static final int PLOT_RIGHT = 740;
    private static final int PLOT_TOP = 20;
    private static final int PLOT_BOTTOM = 200;

    /** A group's commitments by what their statuses score: kept (+), under way (0), broken (−), not scored. */
    record Parts(long kept, long underWay, long broken, long unscored) {

        static Parts of(ScorecardView.Item item, Map<Status, Double> scale) {
            long[] parts = new long[4];
            item.counts().forEach((status, n) -> {
                Double score = scale.get(status);
                parts[score == null ? 3 : score > 0 ? 0 : score == 0 ? 1 : 2] += n;
            });
            return new Parts(parts[0], parts[1], parts[2], parts[3]);
        }

        long[] values() {
            return new long[] {kept, underWay, broken, unscored};
        }
    }

    /** A rectangle of a bar or column: css class "kept", "underway", "broken" or "unscored". */
    record Segment(int x, int y, int width, int height, String cssClass, String label) {
    }

    record Bar(String group, String link, int y, List<Segment> segments, String score) {
    }

    record BarChart(int width, int height, List<Bar> bars, String description) {
    }

    record Column(int x, int width, List<Segment> segments, String label) {
    }

    record TrendChart(int width, int height, List<Column> columns, String scoreLine, List<Tick> ticks, long maxCount,
                      String description) {
    }

    /** A label under the time axis. */
    record Tick(int x, String label) {
    }

    private static final String[] CLASSES = {"kept", "underway", "broken", "unscored"};
    private static final String[] NAMES = {"kept", "under way", "broken", "not scored"};

    private ScorecardCharts() {
    }

    /** A group's commitments on the list page: the API's listing link, with the page's path. */
    static String listPage(ScorecardView.Item item) {
        String link = item.commitmentsLink();
        return "/commitments" + link.substring(link.indexOf('?'));
    }

    /** The largest groups (at most {@code most}), a bar each, scaled to the largest. */
    static BarChart bars(ScorecardView card, int most) {
        List<ScorecardView.Item> shown = card.items().stream()
                .sorted(Comparator.comparingLong(ScorecardView.Item::commitments).reversed()
                        .thenComparing(ScorecardView.Item::group)).limit(most).toList();
        long max = Math.max(1, shown.stream().mapToLong(ScorecardView.Item::commitments).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            ScorecardView.Item item = shown.get(i);
            int y = 10 + i * BAR_STEP;
            List<Segment> segments = new ArrayList<>();
            int x = BAR_LEFT;
            long[] values = Parts.of(item, card.scale()).values();
            for (int part = 0; part < values.length; part++) {
                int w = (int) Math.round(values[part] * (double) (BAR_RIGHT - BAR_LEFT) / max);
                if (values[part] > 0) {
                    segments.add(new Segment(x, y, Math.max(w, 1), BAR_HEIGHT, CLASSES[part],
                            item.group() + ": " + values[part] + " " + NAMES[part]));
                }
                x += w;
            }
            bars.add(new Bar(item.group(), listPage(item), y, segments, score(item.score())));
        }
        String description = shown.isEmpty() ? "No commitments to show." : "The " + shown.size() + " largest groups by "
                + card.by() + ", each bar its commitments split into kept, under way, broken and not scored; the "
                + "largest, " + shown.get(0).group() + ", has " + shown.get(0).commitments() + ".";
        return new BarChart(WIDTH, 20 + shown.size() * BAR_STEP, bars, description);
    }

    /** One group's periods as stacked columns, with its score (−1 to 1) as a line across them. */
    static TrendChart trend(TrendView trend, String group) {
        List<TrendView.PeriodScorecard> periods = trend.periods();
        List<ScorecardView.Item> items = periods.stream().map(p -> p.items().stream()
                .filter(i -> i.group().equals(group)).findFirst().orElse(null)).toList();
        long max = Math.max(1, items.stream().mapToLong(i -> i == null ? 0 : i.commitments()).max().orElse(1));
        double step = (PLOT_RIGHT - PLOT_LEFT) / (double) Math.max(1, periods.size());
        int width = Math.max(1, (int) (step * 0.7));
        List<Column> columns = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<Tick> ticks = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            int x = (int) Math.round(PLOT_LEFT + p * step + (step - width) / 2);
            ScorecardView.Item item = items.get(p);
            List<Segment> segments = new ArrayList<>();
            if (item != null) {
                int y = PLOT_BOTTOM;
                long[] values = Parts.of(item, trend.scale()).values();
                for (int part = 0; part < values.length; part++) {
                    int h = (int) Math.round(values[part] * (double) (PLOT_BOTTOM - PLOT_TOP) / max);
                    if (values[part] > 0) {
                        segments.add(new Segment(x, y - h, width, Math.max(h, 1), CLASSES[part],
                                periods.get(p).end() + ": " + values[part] + " " + NAMES[part]));
                    }
                    y -= h;
                }
                if (item.score() != null) {
                    line.append(line.isEmpty() ? "" : " ").append(x + width / 2).append(',')
                            .append(scoreY(item.score()));
                }
            }
            columns.add(new Column(x, width, segments, periods.get(p).start() + " to " + periods.get(p).end()));
            if (p == 0 || p == periods.size() - 1 || p == periods.size() / 2) {
                ticks.add(new Tick(x + width / 2, periods.get(p).start().toString()));
            }
        }
        return new TrendChart(WIDTH, 240, columns, line.toString(), ticks.stream().distinct().toList(), max,
                describe(trend, group, items));
    }

    private static String describe(TrendView trend, String group, List<ScorecardView.Item> items) {
        if (items.isEmpty()) {
            return "No periods to show.";
        }
        ScorecardView.Item last = items.get(items.size() - 1);
        String end = last == null ? "no commitments in the last period" : "in the last, " + last.commitments()
                + " commitments, score " + score(last.score());
        OptionalDouble first = items.stream().filter(i -> i != null && i.score() != null)
                .mapToDouble(ScorecardView.Item::score).findFirst();
        return items.size() + " periods of " + trend.every() + " for " + group + " from " + trend.from() + " to "
                + trend.to() + (first.isPresent() ? "; first score " + score(first.getAsDouble()) : "") + "; " + end
                + ".";
    }

    /** A group's standing in words: "3 of 6 kept, 2 overdue, 1 pending; score +0.20". */
    static String sentence(ScorecardView.Item item) {
        StringBuilder text = new StringBuilder().append(item.counts().get(Status.FULFILLED)).append(" of ")
                .append(item.commitments()).append(" kept");
        item.counts().forEach((status, n) -> {
            if (status != Status.FULFILLED && n > 0) {
                text.append(", ").append(n).append(' ').append(status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        });
        return text.append("; score ").append(score(item.score())).toString();
    }

    private static int scoreY(double score) {
        return (int) Math.round(PLOT_TOP + (1 - score) / 2 * (PLOT_BOTTOM - PLOT_TOP));
    }

    static String score(Double score) {
        return score == null ? "not scored" : String.format(Locale.ROOT, "%+.2f", score);
    }
}
