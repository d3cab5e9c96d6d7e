package org.commitmenttracker.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerHome;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Looks at the inbox folder every few seconds and imports the files that have settled there, oldest first, one at a
 * time. Settings and report files are not imports; a file still being copied waits for the next look; a file
 * another instance has claimed is left to it.
 */
@ApplicationScoped
public class InboxWatch {

    private final InboxImporter importer;
    private final IntakeConfig.Inbox config;
    private final TrackerHome home;
    private final InboxClaims claims;

    public InboxWatch(InboxImporter importer, IntakeConfig config, TrackerHome home, InboxClaims claims) {
        this.claims = claims;
        this.home = home;
        this.importer = importer;
        this.config = config.inbox();
    }

    Path folder() {
        return home.resolve(config.folder());
    }

    @Scheduled(every = "${tracker.intake.inbox.interval}", delayed = "${tracker.intake.inbox.interval}",
            skipExecutionIf = InboxOff.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void importSettledFiles() throws InterruptedException {
        Path inbox = folder();
        try {
            Files.createDirectories(inbox);
            for (Path file : SettledFiles.in(inbox, config.settle(), InboxImporter.SETTINGS, InboxFiling.REPORT)) {
                if (claims.claim(InboxClaims.EVENTS, file)) {
                    importer.importFile(inbox, file);
                }
            }
        } catch (IOException e) {
            Log.errorf(e, "Inbox %s could not be read", inbox);
        }
    }
}
