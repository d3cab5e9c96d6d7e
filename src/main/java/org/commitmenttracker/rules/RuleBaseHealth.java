package org.commitmenttracker.rules;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a rule base is active: evaluations need one. The database has its own check. */
@Readiness
@ApplicationScoped
public class RuleBaseHealth implements HealthCheck {

    private final ActiveRules rules;

    public RuleBaseHealth(ActiveRules rules) {
        this.rules = rules;
    }

    @Override
    public HealthCheckResponse call() {
        return rules.ifLoaded()
                .map(loaded -> HealthCheckResponse.named("rules").up()
                        .withData("version", loaded.ruleBase().version())
                        .withData("rules", loaded.ruleBase().ruleCount())
                        .withData("loadedAt", loaded.loadedAt().toString()).build())
                .orElseGet(() -> HealthCheckResponse.named("rules").down().build());
    }
}
