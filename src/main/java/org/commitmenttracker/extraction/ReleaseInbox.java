package org.commitmenttracker.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.intake.IntakeConfig;
import org.commitmenttracker.TrackerHome;
import org.commitmenttracker.intake.InboxClaims;
import org.commitmenttracker.intake.InboxFiling;
import org.commitmenttracker.intake.InboxOff;
import org.commitmenttracker.intake.SettledFiles;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * The inbox's {@code releases/} folder: each release file that has settled there (text, HTML or Markdown, with its
 * settings beside it or in front matter) is read as user "inbox", then moved with its settings to
 * {@code releases/done/} or {@code releases/failed/}, its report beside it as {@code <name>.report.json}. A file
 * another instance has claimed is left to it.
 */
@ApplicationScoped
public class ReleaseInbox {

    static final String FOLDER = "releases";

    private final ReleaseIntake intake;
    private final IntakeConfig.Inbox config;
    private final TrackerHome home;
    private final InboxClaims claims;

    public ReleaseInbox(ReleaseIntake intake, IntakeConfig config, TrackerHome home, InboxClaims claims) {
        this.claims = claims;
        this.intake = intake;
        this.config = config.inbox();
        this.home = home;
    }

    Path folder() {
        return home.resolve(config.folder()).resolve(FOLDER);
    }

    @Scheduled(every = "${tracker.intake.inbox.interval}", delayed = "${tracker.intake.inbox.interval}",
            skipExecutionIf = InboxOff.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void readSettledReleases() {
        Path folder = folder();
        try {
            Files.createDirectories(folder);
            for (Path file : SettledFiles.in(folder, config.settle(), ReleaseFile.SIDE_FILE, InboxFiling.REPORT)) {
                if (claims.claim(InboxClaims.RELEASES, file)) {
                    read(folder, file);
                }
            }
        } catch (IOException e) {
            Log.errorf(e, "Release inbox %s could not be read", folder);
        }
    }

    /** Reads one file and files it away; a bad file goes to failed/ with the reason, never stopping the others. */
    void read(Path folder, Path file) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Object> report = new LinkedHashMap<>();
        boolean read;
        try {
            ReleaseTextService.Submission s = intake.submit(ReleaseFile.read(file), "inbox");
            report.put("status", s.created() ? "READ" : "ALREADY_READ");
            report.put("source", s.release().sourceId);
            report.put("release", s.release().id);
            report.put("candidates", s.candidates().stream().map(c -> c.quote).toList());
            read = true;
        } catch (RuntimeException e) {
            report.put("status", "REFUSED");
            report.put("detail", String.valueOf(e.getMessage()));
            read = false;
        }
        InboxFiling.fileAway(folder, file, read, report, ReleaseFile.SIDE_FILE);
        Log.infof("Release inbox: %s %s", name, read ? "read, moved to done/" : "refused, moved to failed/");
    }
}
