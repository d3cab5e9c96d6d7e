package org.commitmenttracker.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compiles the rules folder on a thread of its own from the first moment of a start, while Quarkus boots (a cold
 * compile takes about as long as the boot's database steps, see docs/performance.md), so that the start-up reload
 * finds it done. The start-up reload uses it only if it compiled the folder the service reads and its files are still
 * the same; otherwise, and after a failed compile, it compiles again itself, which reports the problems as usual.
 */
public final class EarlyRuleCompile {

    private static volatile Pending pending;

    private record Pending(Path folder, CompletableFuture<RuleBase> compiled) {
    }

    private EarlyRuleCompile() {
    }

    /** Reads the folder's files now and compiles them in the background. */
    public static void start(Path folder) {
        Path normalised = folder.toAbsolutePath().normalize();
        List<RuleFile> files;
        try {
            files = RuleBaseLoader.read(normalised);
        } catch (RuntimeException e) {
            return; // the start-up reload reads the folder again and says what is wrong
        }
        CompletableFuture<RuleBase> compiled = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                compiled.complete(new RuleBaseLoader().compile(files));
            } catch (RuntimeException | LinkageError e) {
                compiled.completeExceptionally(e);
            }
        }, "early-rule-compile");
        thread.setDaemon(true);
        pending = new Pending(normalised, compiled);
        thread.start();
    }

    /**
     * The early compile of the folder, waiting for it to end, if one was started for this folder and compiled the
     * version now on disk. Answers once: later reloads compile afresh.
     */
    static Optional<RuleBase> take(Path folder, String versionOnDisk) {
        Pending started = pending;
        pending = null;
        if (started == null || !started.folder().equals(folder.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        try {
            RuleBase compiled = started.compiled().join();
            return compiled.version().equals(versionOnDisk) ? Optional.of(compiled) : Optional.empty();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }
}
