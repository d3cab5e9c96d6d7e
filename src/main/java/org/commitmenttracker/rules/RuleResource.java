package org.commitmenttracker.rules;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.logging.Log;

/** The rules: what is loaded, reloading from rules/, checking files, and every version ever loaded. */
@Path("/api/rules")
@Tag(name = "Rules", description = "The active rules, reloads, validation and stored versions")
public class RuleResource {

    private final ActiveRules rules;
    private final RulesVersions versions;
    private final Caller caller;
    private final TrackerConfig.Paging paging;

    public RuleResource(ActiveRules rules, RulesVersions versions, Caller caller,
                        TrackerConfig config) {
        this.paging = config.paging();
        this.rules = rules;
        this.versions = versions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.RULES_ADMIN})
    @Operation(summary = "The active rules: version, files, rule names per file, parameters, when and by whom loaded")
    public RulesView active() {
        return RulesView.of(rules.loaded());
    }

    @POST
    @Path("/reload")
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Compile rules/ and, if it compiles cleanly, make it the active rule base")
    @APIResponse(responseCode = "200", description = "Loaded; the new rules answer from now on")
    @APIResponse(responseCode = "422", description = "Refused: every error with file, line and column, or the rule "
            + "that failed when run on a sample of the stored data or the scenarios; the previous rules keep serving")
    public RulesView reload() {
        RulesView loaded = RulesView.of(rules.reload(caller.name()));
        Log.infof("Rules reloaded by %s: version %s", caller.name(), loaded.version());
        return loaded;
    }

    @POST
    @Path("/validate")
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Check rule files without loading them",
            description = "The files are compiled together with the active ones (a file replaces the active file of "
                    + "the same path), then run as a reload would run them before activating: on a sample of the "
                    + "stored data and on the scenarios. Nothing is activated or stored.")
    @APIResponse(responseCode = "200", description = "They compile and run; the version and rules they would give")
    @APIResponse(responseCode = "422", description = "Every error with file, line and column, or the rule that "
            + "failed when run")
    public RulesView validate(@NotNull @Valid RuleFilesInput input) {
        RuleBase compiled = rules.compileOverlay(input.toRuleFiles());
        rules.tryOut(compiled);
        return RulesView.of(compiled, null, null);
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.AUDITOR, Roles.RULES_ADMIN})
    @Operation(summary = "Every rules version ever loaded, newest first (without file texts); paged")
    public Page<RulesVersionView> listVersions(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return versions.list(request);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.AUDITOR, Roles.RULES_ADMIN})
    @Operation(summary = "The exact rule files of a version, as they were when it was first loaded")
    @APIResponse(responseCode = "200", description = "The version with its files")
    @APIResponse(responseCode = "404", description = "No version has that name or prefix")
    @APIResponse(responseCode = "409", description = "The prefix names more than one version")
    public RulesVersionView version(@PathParam("version") @Parameter(description = "A version, a prefix of at least "
            + "12 characters (as logs and pages print it), 'current' (the active version) or 'latest' (the one "
            + "loaded most recently)") String version) {
        return versions.find(version).orElseThrow(() -> new NotFoundException("No rules version '" + version + "'."));
    }
}
