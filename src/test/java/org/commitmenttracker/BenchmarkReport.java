package org.commitmenttracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where the on-demand benchmarks put their figures: the console and target/benchmarks/evaluation.md. */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Prints one Markdown table row and appends it to the report file. */
    public static void row(String line) throws IOException {
        System.out.println("BENCHMARK " + line);
        Path out = Path.of("target", "benchmarks", "evaluation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
