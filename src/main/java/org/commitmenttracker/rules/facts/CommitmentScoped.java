package org.commitmenttracker.rules.facts;

/** A fact about one commitment. The engine uses it to tell which rules fired for which commitment. */
public interface CommitmentScoped {

    String getCommitmentId();
}
