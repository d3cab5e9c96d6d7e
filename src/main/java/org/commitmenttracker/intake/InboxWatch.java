package org.commitmenttracker.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.TrackerHome;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Looks at the inbox folder every few seconds and imports the files that have settled there, oldest first, one at a
 * time. Settings and report files are not imports; a file still being copied waits for the next look.
 */
@ApplicationScoped
public class InboxWatch {

    private final InboxImporter importer;
    private final TrackerConfig.Inbox config;
    private final TrackerHome home;

    public InboxWatch(InboxImporter importer, TrackerConfig config, TrackerHome home) {
        this.home = home;
        this.importer = importer;
        this.config = config.intake().inbox();
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
            for (Path file : settledFiles(inbox)) {
                importer.importFile(inbox, file);
            }
        } catch (IOException e) {
            Log.errorf(e, "Inbox %s could not be read", inbox);
        }
    }

    private List<Path> settledFiles(Path inbox) throws IOException {
        Instant settledBefore = Instant.now().minus(config.settle());
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.toString().endsWith(InboxImporter.SETTINGS)
                            && !p.toString().endsWith(InboxImporter.REPORT))
                    .filter(p -> modified(p).isBefore(settledBefore))
                    .sorted(Comparator.comparing(InboxWatch::modified)).toList();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    /** Skips the look unless tracker.intake.inbox.enabled is on. */
    @Singleton
    static class InboxOff implements Scheduled.SkipPredicate {

        private final TrackerConfig config;

        InboxOff(TrackerConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.intake().inbox().enabled();
        }
    }
}
