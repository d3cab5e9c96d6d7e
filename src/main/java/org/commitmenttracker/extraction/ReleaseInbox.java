package org.commitmenttracker.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.TrackerHome;
import org.commitmenttracker.intake.InboxOff;
import org.commitmenttracker.intake.SettledFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * The inbox's {@code releases/} folder: each release file that has settled there (text, HTML or Markdown, with its
 * settings beside it or in front matter) is read as user "inbox", then moved with its settings to
 * {@code releases/done/} or {@code releases/failed/}, its report beside it as {@code <name>.report.json}.
 */
@ApplicationScoped
public class ReleaseInbox {

    static final String FOLDER = "releases";
    private static final String REPORT = ".report.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final ReleaseIntake intake;
    private final TrackerConfig.Inbox config;
    private final TrackerHome home;

    public ReleaseInbox(ReleaseIntake intake, TrackerConfig config, TrackerHome home) {
        this.intake = intake;
        this.config = config.intake().inbox();
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
            for (Path file : SettledFiles.in(folder, config.settle(), ReleaseFile.SIDE_FILE, REPORT)) {
                read(folder, file);
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
        Path to = Files.createDirectories(folder.resolve(read ? "done" : "failed"));
        Files.move(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Path side = file.resolveSibling(name + ReleaseFile.SIDE_FILE);
        if (Files.exists(side)) {
            Files.move(side, to.resolve(side.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(to.resolve(name + REPORT), JSON.writeValueAsString(report));
        Log.infof("Release inbox: %s %s", name, read ? "read, moved to done/" : "refused, moved to failed/");
    }
}
