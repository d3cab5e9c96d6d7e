package org.commitmenttracker.rules;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

/** The rules versions ever loaded, as auditors read them: listed without their files, or one with its files. */
@ApplicationScoped
public class RulesVersions {

    private final StoredRulesVersionRepository versions;
    private final ActiveRules rules;

    public RulesVersions(StoredRulesVersionRepository versions, ActiveRules rules) {
        this.versions = versions;
        this.rules = rules;
    }

    /** Newest first, without file texts. */
    public Page<RulesVersionView> list(PageRequest page) {
        return versions.search(page).map(v -> RulesVersionView.of(v, false));
    }

    /** A version by its hash, a prefix of it, "current" or "latest", with its files. */
    public Optional<RulesVersionView> find(String reference) {
        return versions.findByReference(reference, rules.current().version()).map(v -> RulesVersionView.of(v, true));
    }
}
