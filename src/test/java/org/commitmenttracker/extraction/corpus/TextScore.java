package org.commitmenttracker.extraction.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.commitmenttracker.extraction.ExtractedCandidate;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Commitment;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Text;

/**
 * One text's score. A candidate matches a labelled commitment when their spans in the text overlap by at least half
 * of the shorter one. Recall counts firm commitments only; a candidate matching a vague one is neither right nor
 * wrong; a second candidate for a commitment already matched is a duplicate, counted wrong (staff would reject it).
 * Fields are compared on matched pairs: actors and addressees as sets, the kind, and "when" (deadline and cadence).
 */
record TextScore(String name, String style, int firm, int recalled, int vague, int vagueRecalled, int candidates,
                 int correct, int neutral, int duplicates, int actorsRight, int addresseesRight, int kindRight,
                 int whenRight, int pairs, List<String> notes) {

    static final String HEADER = "| texts | firm | recalled | recall | vague found | candidates | correct | dup | "
            + "precision | actors | addressees | kind | when |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
            + "---:|---:|\n";

    static TextScore of(Text text, String read, List<ExtractedCandidate> found) {
        List<Commitment> labels = text.label().commitments();
        List<int[]> spans = labels.stream().map(c -> LabelledCorpus.locate(read, c.quote()).orElseThrow()).toList();
        Set<Integer> matched = new HashSet<>();
        List<String> notes = new ArrayList<>();
        int correct = 0, neutral = 0, duplicates = 0, actors = 0, addressees = 0, kind = 0, when = 0, pairs = 0;
        for (ExtractedCandidate c : found) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (overlaps(spans.get(i), c.start(), c.end())) {
                    hits.add(i);
                }
            }
            List<Integer> fresh = hits.stream().filter(i -> !matched.contains(i)).toList();
            if (hits.isEmpty()) {
                notes.add("- not a commitment: " + c.quote());
                continue;
            }
            if (fresh.isEmpty()) {
                duplicates++;
                notes.add("- duplicate: " + c.quote());
                continue;
            }
            matched.addAll(fresh);
            Commitment label = labels.get(fresh.get(0));
            if (fresh.stream().allMatch(i -> labels.get(i).vague())) {
                neutral++;
            } else {
                correct++;
            }
            pairs++;
            boolean a = Set.copyOf(label.actors()).equals(Set.copyOf(c.actors()));
            boolean b = Set.copyOf(label.addressees()).equals(Set.copyOf(c.addressees()));
            boolean k = label.kind().equals(c.kind().name());
            boolean w = Objects.equals(label.deadline(), c.deadline()) && Objects.equals(label.cadence(), c.cadence());
            actors += a ? 1 : 0;
            addressees += b ? 1 : 0;
            kind += k ? 1 : 0;
            when += w ? 1 : 0;
            if (!(a && b && k && w)) {
                notes.add(String.format("- fields of \"%s\": read %s → %s, %s, %s%s; labelled %s → %s, %s, %s%s",
                        label.quote(), c.actors(), c.addressees(), c.kind(), c.deadline(), c.cadence() == null ? ""
                        : " every " + c.cadence(), label.actors(), label.addressees(), label.kind(), label.deadline(),
                        label.cadence() == null ? "" : " every " + label.cadence()));
            }
        }
        int firm = 0, recalled = 0, vague = 0, vagueRecalled = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).vague()) {
                vague++;
                vagueRecalled += matched.contains(i) ? 1 : 0;
            } else {
                firm++;
                if (matched.contains(i)) {
                    recalled++;
                } else {
                    notes.add("- missed: " + labels.get(i).quote());
                }
            }
        }
        return new TextScore(text.name(), text.label().source().style(), firm, recalled, vague, vagueRecalled,
                found.size(), correct, neutral, duplicates, actors, addressees, kind, when, pairs, notes);
    }

    static boolean overlaps(int[] label, int start, int end) {
        int shared = Math.min(label[1], end) - Math.max(label[0], start);
        return shared > 0 && shared * 2 >= Math.min(label[1] - label[0], end - start);
    }

    static Map<String, List<TextScore>> byStyle(List<TextScore> scores) {
        Map<String, List<TextScore>> groups = new TreeMap<>();
        scores.forEach(s -> groups.computeIfAbsent(s.style(), k -> new ArrayList<>()).add(s));
        return groups;
    }

    /** A table row summing the scores: precision leaves out candidates matching vague commitments. */
    static String total(String title, List<TextScore> scores) {
        int firm = sum(scores, TextScore::firm), recalled = sum(scores, TextScore::recalled);
        int candidates = sum(scores, TextScore::candidates), neutral = sum(scores, TextScore::neutral);
        int correct = sum(scores, TextScore::correct), pairs = sum(scores, TextScore::pairs);
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %d of %d | %d | %d | %d | %s | %s | %s | %s | %s |%n",
                title, firm, recalled, ratio(recalled, firm), sum(scores, TextScore::vagueRecalled),
                sum(scores, TextScore::vague), candidates, correct, sum(scores, TextScore::duplicates),
                ratio(correct, candidates - neutral), ratio(sum(scores, TextScore::actorsRight), pairs),
                ratio(sum(scores, TextScore::addresseesRight), pairs), ratio(sum(scores, TextScore::kindRight), pairs),
                ratio(sum(scores, TextScore::whenRight), pairs));
    }

    void describe(StringBuilder out) {
        if (!notes.isEmpty()) {
            out.append("### ").append(name).append("\n\n");
            notes.forEach(n -> out.append(n).append('\n'));
            out.append('\n');
        }
    }

    private static int sum(List<TextScore> scores, java.util.function.ToIntFunction<TextScore> f) {
        return scores.stream().mapToInt(f).sum();
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }
}
