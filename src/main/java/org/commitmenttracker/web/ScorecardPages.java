package org.commitmenttracker.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.evaluation.Today;
import org.commitmenttracker.scorecard.Grouping;
import org.commitmenttracker.scorecard.ScorecardConfig;
import org.commitmenttracker.scorecard.ScorecardQuery;
import org.commitmenttracker.scorecard.ScorecardService;
import org.commitmenttracker.scorecard.ScorecardTrend;
import org.commitmenttracker.scorecard.ScorecardView;
import org.commitmenttracker.scorecard.TrendView;
import org.commitmenttracker.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The Scorecards page: a table and a bar chart per grouping of the current run, and one group's trend by period
 * (chart and table); and the same as a printable, self-contained report (styles inline, no navigation).
 */
@Path("/scorecards")
@Produces(MediaType.TEXT_HTML)
public class ScorecardPages {

    /** The bars drawn: the largest groups; the table lists them all. */
    private static final int BARS = 15;
    private static final Stylesheet STYLESHEET = Stylesheet.read();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecards(ScorecardPage page);

        static native TemplateInstance report(ScorecardPage page);
    }

    /** A table line: a group, its parts by score, and its commitments on the list page. */
    record Row(ScorecardView.Item item, ScorecardCharts.Parts parts, String link, String score) {
    }

    /** A period's line of the trend table. */
    record PeriodRow(TrendView.PeriodScorecard period, ScorecardView.Item item, ScorecardCharts.Parts parts,
                     String score) {
    }

    record ScorecardPage(Pages.Viewer viewer, ScorecardView card, List<Row> rows, ScorecardCharts.BarChart bars,
                         String group, TrendView trend, List<PeriodRow> periods, ScorecardCharts.TrendChart chart,
                         List<String> groupings, String every, String query, String css) {
    }

    private final ScorecardService scorecards;
    private final ScorecardTrend trends;
    private final ScorecardConfig config;
    private final Today today;
    private final SecurityIdentity identity;

    public ScorecardPages(ScorecardService scorecards, ScorecardTrend trends, ScorecardConfig config, Today today,
                          SecurityIdentity identity) {
        this.scorecards = scorecards;
        this.trends = trends;
        this.config = config;
        this.today = today;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance page(@BeanParam ScorecardQuery query) {
        return Templates.scorecards(page(query, null));
    }

    @GET
    @Path("report")
    @RolesAllowed(Roles.VIEWER)
    public Response report(@BeanParam ScorecardQuery query) {
        return Response.ok(Templates.report(page(query, STYLESHEET.css())))
                .header("Content-Security-Policy", "default-src 'none'; style-src '" + STYLESHEET.hash()
                        + "'; form-action 'none'; frame-ancestors 'none'").build();
    }

    private ScorecardPage page(ScorecardQuery query, String css) {
        ScorecardQuery.Card asked = query.card();
        ScorecardView card = scorecards.scorecard(asked.by(), null, asked.asOf(), asked.from(), asked.to())
                .orElseThrow(() -> new NotFoundException("No current run yet: the first evaluation makes one."));
        List<Row> rows = rows(card);
        String group = asked.group() != null ? asked.group() : rows.isEmpty() ? null : rows.get(0).item().group();
        // The page's trend: the last twelve periods up to today (calendar months by default).
        TrendView trend = group == null ? null : trends.trend(asked.by(), group, query.trend().every(), null,
                today.date(), config.limits()).orElse(null);
        String every = trend == null ? "P1M" : trend.every();
        String link = "by=" + card.by() + (group == null ? "" : "&group=" + URLEncoder.encode(group,
                StandardCharsets.UTF_8)) + "&every=" + every;
        return new ScorecardPage(Pages.Viewer.of(identity), card, rows, ScorecardCharts.bars(card, BARS),
                group, trend, periodRows(trend), trend == null ? null : ScorecardCharts.trend(trend, group),
                Arrays.stream(Grouping.values()).map(g -> g.name().toLowerCase(Locale.ROOT)).toList(), every, link,
                css);
    }

    /** Every group, largest first, with its commitments on the list page. */
    private static List<Row> rows(ScorecardView card) {
        return card.items().stream().sorted(Comparator.comparingLong(ScorecardView.Item::commitments).reversed()
                .thenComparing(ScorecardView.Item::group)).map(i -> new Row(i, ScorecardCharts.Parts.of(i,
                card.scale()), ScorecardCharts.listPage(i),
                ScorecardCharts.score(i.score()))).toList();
    }

    private static List<PeriodRow> periodRows(TrendView trend) {
        return trend == null ? List.of() : trend.periods().stream().map(p -> {
            ScorecardView.Item item = p.items().isEmpty() ? null : p.items().get(0);
            return new PeriodRow(p, item, item == null ? null : ScorecardCharts.Parts.of(item, trend.scale()),
                    item == null ? "" : ScorecardCharts.score(item.score()));
        }).toList();
    }

    /** The site's stylesheet, inlined in the report so that the saved page stands alone, and its CSP hash. */
    record Stylesheet(String css, String hash) {

        static Stylesheet read() {
            try (InputStream in = ScorecardPages.class.getResourceAsStream("/META-INF/resources/tracker.css")) {
                String css = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
                return new Stylesheet(css, "sha256-" + Base64.getEncoder().encodeToString(digest));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
