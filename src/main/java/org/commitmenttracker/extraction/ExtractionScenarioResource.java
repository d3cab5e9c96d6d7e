package org.commitmenttracker.extraction;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the extraction scenarios of rules/tests/extraction against the active rules. */
@Path("/api/rules/test/extraction")
@Tag(name = "Rules")
public class ExtractionScenarioResource {

    private final ActiveRules rules;

    public ExtractionScenarioResource(ActiveRules rules) {
        this.rules = rules;
    }

    /** The rules version run and each scenario file's result. */
    public record Report(String rulesVersion, int passed, int failed, List<ExtractionScenarios.Result> results) {
    }

    @POST
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Run the extraction scenarios of rules/tests/extraction against the active rules",
            description = "One result per scenario file: how many candidates the text gave and every failed "
                    + "expectation; answers 200 whether or not they pass")
    @APIResponse(responseCode = "200", description = "The report")
    public Report test() throws IOException {
        RuleBase active = rules.current();
        List<ExtractionScenarios.Result> results = ExtractionScenarios.runAll(active,
                rules.folder().resolve(ExtractionScenarios.FOLDER));
        long passed = results.stream().filter(ExtractionScenarios.Result::passed).count();
        return new Report(active.version(), (int) passed, results.size() - (int) passed, results);
    }
}
