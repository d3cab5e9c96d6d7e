package org.commitmenttracker.extraction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;


import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.source.Source;
import org.commitmenttracker.source.SourceRepository;

/**
 * Takes in a release's text: checks it, cleans HTML to text, and stores it with the candidates the active rules
 * extract from it, in one transaction. The same text for the same source is read once: submitting it again returns
 * what was stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReleaseTextService {

    /** What a submission gave: the stored text, its candidates, and whether it was new. */
    public record Submission(ReleaseText release, List<Candidate> candidates, boolean created) {
    }

    private final SourceRepository sources;
    private final ReleaseTextRepository releases;
    private final CandidateRepository candidates;
    private final ActiveRules rules;
    private final AuditLog audit;
    private final Event<CandidatesProposed> proposed;
    private final CandidateExtractor extractor = new CandidateExtractor();
    private final int maxCharacters;

    public ReleaseTextService(SourceRepository sources, ReleaseTextRepository releases, CandidateRepository candidates,
                              ActiveRules rules, AuditLog audit, Event<CandidatesProposed> proposed,
                              ExtractionConfig config) {
        this.maxCharacters = config.maxCharacters();
        this.sources = sources;
        this.releases = releases;
        this.candidates = candidates;
        this.rules = rules;
        this.audit = audit;
        this.proposed = proposed;
    }

    @Transactional
    public Submission submit(String sourceId, byte[] body, String mediaType, String fileName, String by) {
        Source source = sources.findByIdOptional(sourceId)
                .orElseThrow(() -> new NotFoundException("No source " + sourceId + "."));
        String raw = ReleaseTextCheck.decode(body);
        boolean html = HtmlText.isHtml(mediaType, raw);
        String text = ReleaseTextCheck.readable(html ? HtmlText.of(raw) : HtmlText.plain(raw));
        if (text.length() > maxCharacters) {
            throw new ClientErrorException("The release's text is " + text.length() + " characters long; at most "
                    + maxCharacters + " are read (tracker.extraction.max-characters).",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        String sha = sha256(text);
        Optional<ReleaseText> known = releases.findBySha(sourceId, sha);
        if (known.isPresent()) {
            return new Submission(known.get(), candidates.ofRelease(known.get().id), false);
        }
        RuleBase active = rules.current();
        ReleaseText release = new ReleaseText();
        release.sourceId = sourceId;
        release.sha256 = sha;
        release.mediaType = html ? "text/html" : "text/plain";
        release.fileName = fileName;
        release.content = text;
        release.rulesVersion = active.version();
        release.submittedBy = by;
        release.submittedAt = Instant.now();
        releases.persist(release);
        CandidateExtractor.Reading reading = extractor.read(active, new CandidateExtractor.Release(text,
                source.statedOn, source.publisher));
        release.setAside.addAll(reading.setAside().stream().map(SetAsidePart::of).toList());
        List<Candidate> found = reading.candidates().stream().map(e -> Candidate.of(e, release.id, sourceId)).toList();
        candidates.persist(found);
        audit.record(AuditEntry.Action.RELEASE_TEXT_SUBMITTED, "source", sourceId, found.size()
                + " candidate(s) from " + text.length() + " characters" + (fileName == null ? "" : " of " + fileName));
        proposed.fire(new CandidatesProposed(release.id, sourceId, found.size()));
        return new Submission(release, found, true);
    }

    public Optional<ReleaseText> latest(String sourceId) {
        return releases.latest(sourceId);
    }

    public Optional<ReleaseText> find(long id) {
        return releases.findByIdOptional(id);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
