package org.commitmenttracker.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Serves the rules version another instance activated: every {@code tracker.rules.follow-interval} it reads the
 * latest activation and, when that is a version this instance does not serve, compiles it from the texts stored with
 * the version (not from this instance's folder) and makes it active. One small query per look.
 */
@ApplicationScoped
public class RulesFollower {

    private final ActiveRules rules;
    private final RulesActivations activations;
    private final StoredRulesVersionRepository versions;

    public RulesFollower(ActiveRules rules, RulesActivations activations, StoredRulesVersionRepository versions) {
        this.rules = rules;
        this.activations = activations;
        this.versions = versions;
    }

    @Scheduled(identity = "rules-follower", every = "${tracker.rules.follow-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void followLatestActivation() {
        if (rules.ifLoaded().isEmpty()) {
            return; // still starting: the first load records its own activation
        }
        activations.unseen()
                .filter(activation -> !activation.version.equals(rules.current().version()))
                .ifPresent(this::follow);
    }

    private void follow(RulesActivation activation) {
        try {
            rules.adopt(versions.findById(activation.version), activation);
        } catch (RuleCompilationException e) {
            Log.errorf("Rules version %s, activated by %s on %s, does not compile here; this instance keeps serving "
                    + "%s.%n%s", activation.version, activation.activatedBy, activation.instance,
                    rules.current().version(), e.getMessage());
        }
    }
}
