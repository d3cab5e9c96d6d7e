package org.commitmenttracker.vocabulary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Ids;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The controlled vocabulary: schemes, search, concepts, resolution of a term, and uncontrolled terms in use. */
@Path("/api/vocabulary")
@Tag(name = "Vocabulary", description = "Topics, event types and parties: concepts, labels, codes and hierarchy")
public class VocabularyResource {

    private final VocabularyService service;
    private final TrackerConfig.Paging paging;

    public VocabularyResource(VocabularyService service, TrackerConfig config) {
        this.service = service;
        this.paging = config.paging();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The schemes of the active vocabulary, with counts and the rules version they belong to")
    public VocabularyViews.Overview overview() {
        return service.overview();
    }

    @GET
    @Path("/resolve")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "What a term resolves to in a scheme",
            description = "Answers 200 whether or not it resolves: the concept and how it was recognised (id, label "
                    + "or code), or up to three close concepts")
    @APIResponse(responseCode = "200", description = "The resolution")
    @APIResponse(responseCode = "400", description = "scheme or term missing, or the term too long")
    @APIResponse(responseCode = "404", description = "No such scheme")
    public VocabularyViews.ResolutionView resolve(
            @QueryParam("scheme") @Parameter(description = "topics, event-types or parties") String scheme,
            @QueryParam("term") @Parameter(description = "A word, label or code, e.g. UNSC, Republic of Korea, 042")
            String term) {
        requireTerm("scheme", scheme);
        requireTerm("term", term);
        return service.resolve(service.schemeOrNotFound(scheme).id(), term);
    }

    @GET
    @Path("/unknown")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Uncontrolled terms in use: stored terms no concept has, most used first, with close concepts")
    @APIResponse(responseCode = "200", description = "The terms")
    @APIResponse(responseCode = "404", description = "No such scheme")
    public List<VocabularyViews.UnknownTerm> unknown(
            @QueryParam("scheme") @Parameter(description = "One scheme; all when omitted") String scheme) {
        if (scheme != null) {
            return service.unknownTerms(service.schemeOrNotFound(scheme));
        }
        return service.overview().schemes().stream()
                .flatMap(s -> service.unknownTerms(service.schemeOrNotFound(s.id())).stream()).toList();
    }

    @GET
    @Path("/{scheme}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Search a scheme's concepts by label", description = "Concepts with a label containing the "
            + "words of q, ignoring case, accents and punctuation; all when q is omitted; paged")
    @APIResponse(responseCode = "200", description = "One page of concepts")
    @APIResponse(responseCode = "400", description = "q too long, or an invalid page or size")
    @APIResponse(responseCode = "404", description = "No such scheme")
    public Page<VocabularyViews.ConceptSummary> search(@PathParam("scheme") String scheme,
                                                       @QueryParam("q") String q, @QueryParam("page") String page,
                                                       @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        if (q != null && q.length() > Ids.TERM_MAX) {
            parser.reject("q", "must be at most " + Ids.TERM_MAX + " characters");
        }
        PageRequest pageRequest = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.searchConcepts(service.schemeOrNotFound(scheme), q, pageRequest);
    }

    @GET
    @Path("/{scheme}/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One concept: labels, broader and narrower concepts, codes, where it is defined, its use")
    @APIResponse(responseCode = "200", description = "The concept")
    @APIResponse(responseCode = "404", description = "No such scheme or concept")
    public VocabularyViews.ConceptDetail concept(@PathParam("scheme") String scheme, @PathParam("id") String id) {
        return service.findConcept(service.schemeOrNotFound(scheme), id).orElseThrow(
                () -> new NotFoundException("No concept '" + id + "' in the " + scheme + " scheme."));
    }

    private static void requireTerm(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "is required");
        }
        if (value.length() > Ids.TERM_MAX) {
            throw new InvalidRequestException(field, "must be at most " + Ids.TERM_MAX + " characters");
        }
    }
}
