package org.commitmenttracker.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;

import org.commitmenttracker.http.InvalidRequestException;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code extract FILE [source=ID | publisher=... statedOn=YYYY-MM-DD title=...]}: reads a release file from the
 * command line as the inbox does (settings from the arguments, a side file or front matter), stores it with its
 * candidates and prints them; exits 0 when it was read, 1 when it was refused, 2 for bad arguments.
 */
public class ExtractCommand implements QuarkusApplication {

    public static final String NAME = "extract";
    private static final Set<String> SETTINGS = Set.of("source", "id", "publisher", "statedOn", "title", "url");

    @Inject
    ReleaseIntake intake;

    @Override
    public int run(String... args) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (args.length < 2) {
            err.println("usage: extract FILE [source=ID | publisher=... statedOn=YYYY-MM-DD title=... url=...]");
            return 2;
        }
        Path path = Path.of(args[1]);
        ReleaseFile file;
        try {
            Map<String, String> given = settings(args);
            ReleaseFile read = ReleaseFile.read(path);
            file = new ReleaseFile(read.settings().with(given), read.text(), read.mediaType(), read.fileName());
        } catch (NoSuchFileException e) {
            err.println(path + ": no such file");
            return 2;
        } catch (IllegalArgumentException | DateTimeParseException | InvalidRequestException | IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            ReleaseTextService.Submission s = intake.submit(file, "command-line");
            out.printf("%s: %s as source %s, release %d: %d candidate(s)%n", path, s.created() ? "read"
                    : "was already read", s.release().sourceId, s.release().id, s.candidates().size());
            for (Candidate c : s.candidates()) {
                out.printf(Locale.ROOT, "  %-11s %s%s  \"%s\"  (%.2f; %s)%n", c.kind, String.join(",", c.actors),
                        c.addressees.isEmpty() ? "" : " -> " + String.join(",", c.addressees), c.quote, c.confidence,
                        String.join(", ", c.cues));
            }
            return 0;
        } catch (WebApplicationException | ConstraintViolationException | InvalidRequestException e) {
            err.println(path + ": refused: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, String> settings(String[] args) {
        Map<String, String> settings = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1 || !SETTINGS.contains(args[i].substring(0, eq))) {
                throw new IllegalArgumentException("unknown setting '" + args[i] + "': use " + SETTINGS);
            }
            settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        return settings;
    }

}
