package org.commitmenttracker.scenario;

import java.io.IOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The status scenarios of rules/tests, run on demand against the active rules. */
@Path("/api/rules/test")
@Tag(name = "Rules", description = "The active rules, reloads, validation and stored versions")
public class ScenarioResource {

    private final ActiveRules rules;

    public ScenarioResource(ActiveRules rules) {
        this.rules = rules;
    }

    @POST
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Run the scenarios of rules/tests against the active rules",
            description = "One result per check (scenario file and as-of date), each with expected and actual status "
                    + "and rule, and the explanation; answers 200 whether or not they pass")
    public ScenarioReport test() throws IOException {
        RuleBase active = rules.current();
        return ScenarioReport.of(active.version(),
                ScenarioRunner.runAll(active, rules.folder().resolve(ScenarioRunner.FOLDER)));
    }
}
