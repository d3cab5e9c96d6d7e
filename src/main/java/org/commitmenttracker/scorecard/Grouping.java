package org.commitmenttracker.scorecard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.commitmenttracker.commitment.Commitment;

/** What a scorecard groups commitments by, and the groups one commitment falls in. */
public enum Grouping {
    /** Each actor; a commitment whose actors act separately is scored per actor, by that actor's own status. */
    PARTY("actor"),
    /** Each party a commitment is made to. */
    ADDRESSEE("addressee"),
    /** The release it is quoted from. */
    SOURCE("source"),
    /** Each of its topics. */
    TOPIC("topic"),
    /** Its kind. */
    KIND("kind");

    /** The filter of the commitment listing that shows one group's commitments. */
    private final String listingFilter;

    Grouping(String listingFilter) {
        this.listingFilter = listingFilter;
    }

    /** The grouping a query names (party, addressee, source, topic, kind), if any. */
    public static Optional<Grouping> named(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    List<String> groupsOf(Commitment c) {
        return switch (this) {
            case PARTY -> List.copyOf(c.actors);
            case ADDRESSEE -> List.copyOf(c.addressees);
            case SOURCE -> List.of(c.sourceId);
            case TOPIC -> List.copyOf(c.topics);
            case KIND -> List.of(c.kind.name());
        };
    }

    /** The query of the commitment listing that shows a group's commitments (the group already encoded). */
    String listingQuery(String group) {
        return listingFilter + "=" + group;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
