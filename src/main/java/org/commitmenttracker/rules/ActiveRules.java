package org.commitmenttracker.rules;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerConfig;

import io.quarkus.logging.Log;

/**
 * Holds the rule base that evaluations use. An evaluation takes the current base once and keeps it to the end;
 * loading a new base replaces the reference atomically, and only after a clean compile.
 */
@ApplicationScoped
public class ActiveRules {

    private final AtomicReference<RuleBase> current = new AtomicReference<>();
    private final RuleBaseLoader loader = new RuleBaseLoader();
    private final TrackerConfig config;

    public ActiveRules(TrackerConfig config) {
        this.config = config;
    }

    /** Compiles the rules folder and, if it compiles cleanly, makes it the active rule base. */
    public RuleBase loadFromFolder() {
        Path folder = Path.of(config.rules().folder()).toAbsolutePath().normalize();
        long started = System.nanoTime();
        RuleBase loaded = loader.load(folder);
        current.set(loaded);
        Log.infof("Loaded %d rules from %d files in %s (version %s) in %d ms", loaded.ruleCount(),
                loaded.files().size(), folder, loaded.version().substring(0, 12),
                (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }

    /** The active rule base, compiling the folder first if nothing is loaded yet. */
    public RuleBase current() {
        RuleBase active = current.get();
        return active != null ? active : loadFromFolder();
    }
}
