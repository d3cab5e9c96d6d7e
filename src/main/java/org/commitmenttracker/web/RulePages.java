package org.commitmenttracker.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.evaluation.DryRunService;
import org.commitmenttracker.evaluation.DryRunView;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.RuleCompilationException;
import org.commitmenttracker.rules.RuleFile;
import org.commitmenttracker.rules.RuleProblem;
import org.commitmenttracker.rules.RulesView;
import org.commitmenttracker.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The rules pages: the active files and their rules, and for rules admins "what would this change": an edited file
 * dry-run against the current run, its compile errors with line numbers, nothing stored or loaded.
 */
@Path("/rules")
@Produces(MediaType.TEXT_HTML)
public class RulePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(Pages.RulesPage page);

        static native TemplateInstance file(Pages.RuleFilePage page);
    }

    private final ActiveRules rules;
    private final DryRunService dryRuns;
    private final EvaluationService evaluations;
    private final SecurityIdentity identity;

    public RulePages(ActiveRules rules, DryRunService dryRuns, EvaluationService evaluations,
                     SecurityIdentity identity) {
        this.rules = rules;
        this.dryRuns = dryRuns;
        this.evaluations = evaluations;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.RULES_ADMIN})
    public TemplateInstance list() {
        return Templates.rules(new Pages.RulesPage(Pages.Viewer.of(identity), RulesView.of(rules.loaded()),
                identity.hasRole(Roles.RULES_ADMIN)));
    }

    @GET
    @Path("file")
    @RolesAllowed({Roles.AUDITOR, Roles.RULES_ADMIN})
    public TemplateInstance file(@QueryParam("path") String path) {
        RuleFile file = activeFile(path);
        return Templates.file(page(file.path(), file.content(), evaluations.today(), null, List.of()));
    }

    /** Dry-runs the edited file laid over the active ones; shows the impact, or the compile errors, on the page. */
    @POST
    @Path("impact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.RULES_ADMIN)
    public Response impact(@FormParam("path") String path, @FormParam("content") String content,
                           @FormParam("asOf") String asOf) {
        RuleFile file = activeFile(path);
        if (content == null) {
            throw new InvalidRequestException("content", "is required");
        }
        QueryParser parser = new QueryParser();
        LocalDate day = parser.date("asOf", asOf);
        parser.throwIfInvalid();
        LocalDate on = day == null ? evaluations.today() : day;
        RuleFile edited = new RuleFile(file.path(), content.replace("\r\n", "\n"));
        try {
            DryRunView result = dryRuns.dryRun(on, List.of(edited));
            return Response.ok(Templates.file(page(file.path(), edited.content(), on, result, List.of()))).build();
        } catch (RuleCompilationException e) {
            return Response.status(422)
                    .entity(Templates.file(page(file.path(), edited.content(), on, null, e.problems()))).build();
        }
    }

    private Pages.RuleFilePage page(String path, String content, LocalDate asOf, DryRunView result,
                                    List<RuleProblem> problems) {
        return new Pages.RuleFilePage(Pages.Viewer.of(identity), path, content, asOf, result, problems,
                identity.hasRole(Roles.RULES_ADMIN));
    }

    private RuleFile activeFile(String path) {
        return rules.current().files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("No active rule file '" + path + "'."));
    }
}
