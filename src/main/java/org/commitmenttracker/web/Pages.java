package org.commitmenttracker.web;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.alert.SubscriptionView;
import org.commitmenttracker.commitment.CommitmentFilter;
import org.commitmenttracker.commitment.CommitmentView;
import org.commitmenttracker.evaluation.DryRunView;
import org.commitmenttracker.evaluation.HistoryEntry;
import org.commitmenttracker.evaluation.RunDiff;
import org.commitmenttracker.evaluation.RunView;
import org.commitmenttracker.event.EventView;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.RuleProblem;
import org.commitmenttracker.rules.RulesView;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.security.Roles;
import org.commitmenttracker.source.SourceView;
import org.commitmenttracker.suggestion.SuggestionView;
import org.commitmenttracker.trigger.TriggerMetView;

import io.quarkus.security.identity.SecurityIdentity;

/** What each page shows; the templates under templates/PageResource read these records. */
final class Pages {

    private Pages() {
    }

    /** The terms of a form field, separated by commas, in order; empty when the field is blank. */
    static java.util.Set<String> commaSeparated(String field) {
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        if (field != null) {
            java.util.Arrays.stream(field.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(terms::add);
        }
        return terms;
    }

    /** Who is looking, for the header and for showing staff-only forms. */
    record Viewer(String name, boolean staff) {

        static Viewer of(SecurityIdentity identity) {
            return new Viewer(identity.getPrincipal().getName(), identity.hasRole(Roles.STAFF));
        }
    }

    /** The filters of the overview, as entered; an unknown kind is refused with a 400 naming it. */
    record Filters(String actor, String topic, String kind, String source) {

        static Filters parse(String actor, String topic, String kind, String source) {
            QueryParser parser = new QueryParser();
            parser.enumValue("kind", kind, Kind.class);
            parser.throwIfInvalid();
            return new Filters(parser.text(actor), parser.text(topic), parser.text(kind), parser.text(source));
        }

        public boolean any() {
            return actor != null || topic != null || kind != null || source != null;
        }

        Kind kindValue() {
            return kind == null ? null : Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** One status and how many commitments have it in the run shown. */
    record StatusCount(String status, String label, int count) {
    }

    /** One line of the overdue or due-soon list; {@code days} is how long overdue, or how long until due. */
    record Line(String id, String summary, String actors, String kind, LocalDate due, long days, String explanation,
                String parties) {
    }

    record Overview(Viewer viewer, RunView run, List<StatusCount> counts, List<Line> overdue, List<Line> dueSoon,
                    Filters filters, List<Kind> kinds, List<SourceView> sources, LocalDate today,
                    long pendingSuggestions) {
    }

    record CommitmentPage(Viewer viewer, CommitmentView commitment, List<EventView> evidence,
                          List<HistoryEntry> history, Timeline timeline, List<SuggestionView> suggestions,
                          List<TriggerMetView> triggersMet) {

        /** Staff's latest record of the trigger met, the one the rules read; null when there is none. */
        public TriggerMetView triggerMet() {
            return triggersMet.isEmpty() ? null : triggersMet.get(0);
        }
    }

    /** The latest runs, which of them is current (null before the first), and a diff when two were chosen. */
    /** One page of the commitment list with the filters that chose it, and links to the pages either side. */
    record CommitmentList(Viewer viewer, CommitmentFilter filter, Page<CommitmentView> commitments, RunView run,
                          String previousPage, String nextPage) {

        public List<Status> statuses() {
            return List.of(Status.values());
        }

        /** The position, counting from 1, of the first commitment shown. */
        public long firstShown() {
            return (long) commitments.page() * commitments.size() + 1;
        }
    }

    /** The active rule base and whether the viewer may dry-run edits. */
    record RulesPage(Viewer viewer, RulesView rules, boolean mayEdit) {
    }

    /** One rule file, as active or as edited, with the dry run of the edit or its compile errors. */
    record RuleFilePage(Viewer viewer, String path, String content, LocalDate asOf, DryRunView result,
                        List<RuleProblem> problems, boolean mayEdit) {
    }

    /** The viewer's subscriptions, and the statuses the form offers. */
    /** The user's subscriptions; {@code created} is a webhook subscription just made, whose secret is shown once. */
    record AlertsPage(Viewer viewer, List<SubscriptionView> subscriptions, List<Status> statuses,
                      SubscriptionView created) {
    }

    record RunsPage(Viewer viewer, List<RunView> runs, Long currentRunId, RunDiff diff) {
    }

    /**
     * A release's page: the source, how its commitments stand in the current run (null when it has none), its
     * latest text cut into segments (candidates highlighted), the candidates.
     */
    record ReleasePage(Viewer viewer, org.commitmenttracker.source.Source source, String followThrough,
                       org.commitmenttracker.extraction.ReleaseText text, List<Segment> segments,
                       List<org.commitmenttracker.extraction.CandidateView> candidates, List<Kind> kinds) {
    }

    /** A stretch of a release's text; {@code candidate} (with its number on the page) when it is a candidate's quote. */
    record Segment(String text, org.commitmenttracker.extraction.CandidateView candidate, int number) {

        /** The text cut at each candidate's quote, in order; overlapping quotes after the first stay plain. */
        static List<Segment> of(String text, List<org.commitmenttracker.extraction.CandidateView> candidates) {
            List<Segment> out = new java.util.ArrayList<>();
            int at = 0;
            int number = 0;
            for (var c : candidates.stream().sorted(java.util.Comparator.comparingInt(
                    org.commitmenttracker.extraction.CandidateView::start)).toList()) {
                number++;
                if (c.start() < at || c.end() > text.length()) {
                    continue;
                }
                if (c.start() > at) {
                    out.add(new Segment(text.substring(at, c.start()), null, 0));
                }
                out.add(new Segment(text.substring(c.start(), c.end()), c, number));
                at = c.end();
            }
            if (at < text.length()) {
                out.add(new Segment(text.substring(at), null, 0));
            }
            return out;
        }
    }

    /** Candidates in one status, paged. */
    record CandidateList(Viewer viewer, org.commitmenttracker.extraction.Candidate.Status status,
                         org.commitmenttracker.http.Page<org.commitmenttracker.extraction.CandidateView> candidates) {
    }
}
