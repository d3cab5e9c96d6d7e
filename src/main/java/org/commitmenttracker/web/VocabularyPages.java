package org.commitmenttracker.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.security.Roles;
import org.commitmenttracker.vocabulary.Scheme;
import org.commitmenttracker.vocabulary.VocabularyService;
import org.commitmenttracker.vocabulary.VocabularyViews;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The thesaurus pages: the schemes, a search over one, and a concept with its neighbours, codes and use. */
@Path("/vocabulary")
@Produces(MediaType.TEXT_HTML)
public class VocabularyPages {

    /** How many concepts a search page lists. */
    static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vocabulary(String viewer, VocabularyViews.Overview overview, String scheme,
                                                  String q, List<VocabularyViews.ConceptSummary> concepts, long total);

        static native TemplateInstance concept(String viewer, VocabularyViews.ConceptDetail concept);
    }

    private final VocabularyService vocabulary;
    private final SecurityIdentity identity;

    public VocabularyPages(VocabularyService vocabulary, SecurityIdentity identity) {
        this.vocabulary = vocabulary;
        this.identity = identity;
    }

    /** Vocabulary page: the schemes and a label search over one of them. */
    @GET
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance vocabulary(@QueryParam("scheme") String scheme, @QueryParam("q") String q) {
        VocabularyViews.Overview overview = vocabulary.overview();
        String chosen = scheme != null ? scheme : "topics";
        Scheme found = vocabulary.schemeOrNotFound(chosen);
        var page = vocabulary.searchConcepts(found, q, new PageRequest(0, PAGE_SIZE));
        return Templates.vocabulary(viewer(), overview, chosen, q == null ? "" : q, page.items(), page.total());
    }

    /** Concept page: labels, broader and narrower concepts, codes, where it is defined, its use. */
    @GET
    @Path("{scheme}/{id}")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance concept(@PathParam("scheme") String scheme, @PathParam("id") String id) {
        Scheme found = vocabulary.schemeOrNotFound(scheme);
        return Templates.concept(viewer(), vocabulary.findConcept(found, id)
                .orElseThrow(() -> new NotFoundException("No concept '" + id + "' in the " + scheme + " scheme.")));
    }

    private String viewer() {
        return identity.getPrincipal().getName();
    }
}
