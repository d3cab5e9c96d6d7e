package org.commitmenttracker.rules;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once a rule base is active: evaluations need one. Still ready when the folder was refused at start and the
 * last good version serves (the instance decides as before), but the check's data says so under "fallback".
 * The database has its own check.
 */
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
                .map(loaded -> {
                    var response = HealthCheckResponse.named("rules").up()
                            .withData("version", loaded.ruleBase().version())
                            .withData("rules", loaded.ruleBase().ruleCount())
                            .withData("loadedAt", loaded.loadedAt().toString());
                    return loaded.fallback() == null ? response.build()
                            : response.withData("fallback", loaded.fallback()).build();
                })
                .orElseGet(() -> HealthCheckResponse.named("rules").down().build());
    }
}
