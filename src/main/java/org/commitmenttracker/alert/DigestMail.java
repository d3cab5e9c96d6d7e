package org.commitmenttracker.alert;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.rules.facts.Status;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Writes a digest as an e-mail: status changes grouped by the new status, then suggested evidence awaiting review,
 * then candidate commitments proposed from releases, with links to the pages and an unsubscribe link.
 */
@ApplicationScoped
public class DigestMail {

    /** One status and the changes to it. */
    public record Group(String label, List<StatusChange> changes) {
    }

    private final Template text;
    private final Template html;
    private final String publicUrl;

    public DigestMail(@Location("alert/digest.txt") Template text, @Location("alert/digest.html") Template html,
                      TrackerConfig config) {
        this.text = text;
        this.html = html;
        this.publicUrl = config.publicUrl();
    }

    Mail write(Subscription s, List<StatusChange> changes, List<AwaitingReview> reviews,
               List<ProposedCandidates> proposed) {
        Map<Status, List<StatusChange>> byStatus = changes.stream()
                .collect(Collectors.groupingBy(StatusChange::to, TreeMap::new, Collectors.toList()));
        List<Group> groups = byStatus.entrySet().stream()
                .map(e -> new Group(label(e.getKey()), e.getValue())).toList();
        String unsubscribe = publicUrl + "/alerts/unsubscribe?token=" + s.unsubscribeToken;
        Map<String, Object> data = Map.of("count", changes.size(), "digest", s.digest.name(), "groups", groups,
                "reviews", reviews, "proposed", proposed, "publicUrl", publicUrl, "subscriptionId", s.id,
                "unsubscribeUrl", unsubscribe);
        return Mail.withText(s.email, subject(byStatus, reviews, proposed), text.data(data).render())
                .setHtml(html.data(data).render())
                .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static String subject(Map<Status, List<StatusChange>> byStatus, List<AwaitingReview> reviews,
                                  List<ProposedCandidates> proposed) {
        int changes = byStatus.values().stream().mapToInt(List::size).sum();
        List<String> parts = new java.util.ArrayList<>();
        if (!reviews.isEmpty()) {
            parts.add("evidence to review on " + reviews.size() + " commitment(s)");
        }
        if (!proposed.isEmpty()) {
            parts.add(proposed.stream().mapToInt(p -> p.candidateIds().size()).sum() + " candidate commitment(s) to"
                    + " review");
        }
        String toReview = String.join("; ", parts);
        if (changes == 0) {
            return "Commitment tracker: " + toReview;
        }
        return "Commitment tracker: " + changes + " status change(s)" + byStatus.keySet().stream()
                .map(DigestMail::label).collect(Collectors.joining(", ", " (", ")"))
                + (toReview.isEmpty() ? "" : "; " + toReview);
    }

    private static String label(Status status) {
        String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
