package org.commitmenttracker.web;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.alert.Subscription;
import org.commitmenttracker.alert.SubscriptionInput;
import org.commitmenttracker.alert.SubscriptionView;
import org.commitmenttracker.alert.SubscriptionService;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** "My alerts": a user's subscriptions, a form to add one, and a button to delete each. */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alerts(Pages.AlertsPage page);

        static native TemplateInstance unsubscribe(String token, boolean done);
    }

    private final SubscriptionService subscriptions;
    private final SecurityIdentity identity;

    public AlertPages(SubscriptionService subscriptions, SecurityIdentity identity) {
        this.subscriptions = subscriptions;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance list() {
        return page(null);
    }

    private TemplateInstance page(SubscriptionView created) {
        return Templates.alerts(new Pages.AlertsPage(Pages.Viewer.of(identity),
                subscriptions.list(user(), false, new PageRequest(0, 200)).items(), List.of(Status.values()),
                created));
    }

    /**
     * Subscribes from the form (terms separated by commas) and goes back to the page; a webhook subscription's page
     * is shown at once instead, since it carries the secret, which is shown this once.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.VIEWER)
    public Response subscribe(@FormParam("channel") String channel, @FormParam("digest") String digest,
                              @FormParam("email") String email, @FormParam("url") String url,
                              @FormParam("actors") String actors,
                              @FormParam("topics") String topics, @FormParam("status") List<String> statuses,
                              @FormParam("suggestions") String suggestions,
                              @FormParam("candidates") String candidates) {
        QueryParser parser = new QueryParser();
        Subscription.Channel how = parser.enumValue("channel", channel, Subscription.Channel.class);
        Subscription.Digest often = parser.enumValue("digest", digest, Subscription.Digest.class);
        Set<Status> wanted = new LinkedHashSet<>();
        (statuses == null ? List.<String>of() : statuses).forEach(s -> wanted.add(parser.enumValue("status", s,
                Status.class)));
        if (how == null) {
            parser.reject("channel", "is required");
        }
        parser.throwIfInvalid();
        boolean mail = how == Subscription.Channel.EMAIL;
        boolean hook = how == Subscription.Channel.WEBHOOK;
        SubscriptionView created = subscriptions.create(user(), new SubscriptionInput(how, mail ? often : null,
                mail ? parser.text(email) : null, hook ? parser.text(url) : null, Pages.commaSeparated(actors), Set.of(),
                Pages.commaSeparated(topics), Set.of(), Set.of(), wanted, suggestions != null,
                candidates != null));
        return hook ? Response.ok(page(created)).build() : Response.seeOther(URI.create("/alerts")).build();
    }

    /**
     * The page an e-mail's unsubscribe link opens, no sign-in needed: it asks before turning the subscription off,
     * so that a mail scanner following the link changes nothing.
     */
    @GET
    @Path("unsubscribe")
    @PermitAll
    public TemplateInstance confirmUnsubscribe(@QueryParam("token") String token) {
        if (!subscriptions.tokenIsKnown(token)) {
            throw new NotFoundException("This unsubscribe link is unknown.");
        }
        return Templates.unsubscribe(token, false);
    }

    /** Turns the subscription off: from the page's button, or a mail client's one-click unsubscribe (RFC 8058). */
    @POST
    @Path("unsubscribe")
    @PermitAll
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public TemplateInstance unsubscribe(@QueryParam("token") String inLink, @FormParam("token") String inForm) {
        if (!subscriptions.unsubscribe(inForm != null ? inForm : inLink)) {
            throw new NotFoundException("This unsubscribe link is unknown.");
        }
        return Templates.unsubscribe(null, true);
    }

    @POST
    @Path("{id}/delete")
    @RolesAllowed(Roles.VIEWER)
    public Response delete(@PathParam("id") long id) {
        if (!subscriptions.delete(id, user())) {
            throw new NotFoundException("No subscription " + id + " of yours.");
        }
        return Response.seeOther(URI.create("/alerts")).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
