package org.commitmenttracker.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a watched folder that are ready to take: not hidden, not one of the given companions (settings,
 * reports), and unchanged for the settle time, so that a file still being copied waits for the next look. Oldest
 * first.
 */
public final class SettledFiles {

    private SettledFiles() {
    }

    public static List<Path> in(Path folder, Duration settle, String... companionSuffixes) throws IOException {
        Instant before = Instant.now().minus(settle);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Stream.of(companionSuffixes).noneMatch(s -> p.toString().endsWith(s)))
                    .filter(p -> modified(p).isBefore(before))
                    .sorted(Comparator.comparing(SettledFiles::modified)).toList();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
