package org.commitmenttracker.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Files away what a watched folder took: the file, and its companions that exist (settings), move to {@code done/}
 * or {@code failed/}, and its report is written beside them as {@code <name>.report.json}, last and whole: the
 * report's appearance says the filing is over.
 */
public final class InboxFiling {

    public static final String REPORT = ".report.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private InboxFiling() {
    }

    public static void fileAway(Path folder, Path file, boolean done, Object report, String... companionSuffixes)
            throws IOException {
        String name = file.getFileName().toString();
        Path to = Files.createDirectories(folder.resolve(done ? "done" : "failed"));
        Files.move(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : companionSuffixes) {
            Path companion = file.resolveSibling(name + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, to.resolve(name + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // Written aside and moved into place, so that whoever watches done/ and failed/ never reads half a report.
        Path partial = to.resolve(name + REPORT + ".part");
        Files.writeString(partial, JSON.writeValueAsString(report));
        Files.move(partial, to.resolve(name + REPORT), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
