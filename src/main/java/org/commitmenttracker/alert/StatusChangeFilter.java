package org.commitmenttracker.alert;

import java.util.Set;

import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;

/** Which status changes to show; empty sets do not filter. Terms are concept ids. */
public record StatusChangeFilter(Set<String> actors, Set<String> addressees, Set<String> topics, Set<Kind> kinds, Set<Status> statuses,
                                 Set<String> commitmentIds) {

    public static StatusChangeFilter none() {
        return new StatusChangeFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }
}
