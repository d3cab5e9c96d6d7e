package org.commitmenttracker.extraction.facts;

/**
 * Words that make a clause a commitment, found by a rule: which, of what family, where the quote starts (an offset
 * in the clause) and how strongly they commit (0 to 1).
 */
public record Cue(Clause clause, String name, Family family, int at, double weight) {

    /** What a cue says about the clause. */
    public enum Family {
        /** The parties bind themselves: agreed to, will, shall, decided, committed to. */
        COMMITMENT,
        /** One party asks another: asked, requested, urged, invited, called on. */
        REQUEST,
        /** One party offers or proposes: offered to, proposed, suggested. */
        PROPOSAL,
        /** Keeping something going: continue, further, strengthen, deepen. */
        CONTINUATION
    }
}
