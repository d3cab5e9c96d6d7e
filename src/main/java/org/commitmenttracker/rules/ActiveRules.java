package org.commitmenttracker.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.TrackerHome;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Holds the rule base that evaluations use. An evaluation takes the current base once and keeps it to the end, so
 * a reload never changes the rules under a running evaluation. A reload compiles the whole folder and replaces the
 * reference atomically, and only after a clean compile: a broken file leaves the previous rules serving.
 */
@ApplicationScoped
public class ActiveRules {

    private final AtomicReference<LoadedRules> current = new AtomicReference<>();
    private final RuleBaseLoader loader = new RuleBaseLoader();
    private final SessionLimits limits;
    private final TrackerConfig config;
    private final TrackerHome home;
    private final StoredRulesVersionRepository versions;
    private final AuditLog audit;
    private final MeterRegistry metrics;
    private final Event<RulesReloaded> reloaded;
    private final RulesActivations activations;
    private final Instance<RuleBaseTrial> trials;

    public ActiveRules(TrackerConfig config, TrackerHome home, StoredRulesVersionRepository versions, AuditLog audit,
                       MeterRegistry metrics, Event<RulesReloaded> reloaded, RulesActivations activations,
                       Instance<RuleBaseTrial> trials) {
        this.activations = activations;
        this.trials = trials;
        this.reloaded = reloaded;
        this.config = config;
        this.home = home;
        this.versions = versions;
        this.audit = audit;
        this.metrics = metrics;
        TrackerConfig.Rules.Limits configured = config.rules().limits();
        this.limits = new SessionLimits(configured.firingsBase(), configured.firingsPerFact(),
                configured.sessionTimeout());
    }

    /**
     * A rule base with when and by whom it became active; {@code fallback} says why it is not the folder's own rules
     * (the folder was refused at start and the last good stored version serves instead), null when it is.
     */
    public record LoadedRules(RuleBase ruleBase, Instant loadedAt, String loadedBy, String fallback) {

        public LoadedRules(RuleBase ruleBase, Instant loadedAt, String loadedBy) {
            this(ruleBase, loadedAt, loadedBy, null);
        }
    }

    public Path folder() {
        return home.resolve(config.rules().folder());
    }

    /**
     * Compiles the rules folder and makes it active; throws {@link RuleCompilationException} (leaving the active
     * rules in place) when any file does not compile or, replacing active rules, when the new ones fail a trial
     * ({@link RuleBaseTrial}: stored data, scenarios, extraction scenarios). Reloads are serialised so two cannot
     * interleave.
     */
    @Transactional
    public synchronized LoadedRules reload(String by) {
        long started = System.nanoTime();
        RuleBase compiled;
        try {
            List<RuleFile> files = RuleBaseLoader.read(folder());
            compiled = EarlyRuleCompile.take(folder(), RuleBaseLoader.version(files))
                    .orElseGet(() -> loader.compile(files)).withLimits(limits);
            if (current.get() != null || versions.findByIdOptional(compiled.version()).isEmpty()) {
                tryOut(compiled); // at start, only a version never activated before: the others passed already
            }
        } catch (RuleCompilationException e) {
            metrics.counter("tracker.rules.reloads", "result", "refused").increment();
            audit.recordRefusal(by, AuditEntry.Action.RULES_RELOAD_REFUSED, "rules", folder().toString(),
                    e.problems().size() + " error(s), first: " + e.problems().get(0));
            if (current.get() == null) {
                return fallBackToLastGood(e);
            }
            throw e;
        }
        store(compiled, by);
        activations.record(compiled.version(), by);
        metrics.counter("tracker.rules.reloads", "result", "loaded").increment();
        audit.recordBy(by, AuditEntry.Action.RULES_RELOADED, "rules", compiled.version(),
                compiled.ruleCount() + " rules in " + compiled.files().size() + " files");
        LoadedRules loaded = new LoadedRules(compiled, Instant.now(), by);
        current.set(loaded);
        reloaded.fire(new RulesReloaded(compiled.version(), by));
        Log.infof("Loaded %d rules from %d files in %s (version %s) in %d ms, by %s", compiled.ruleCount(),
                compiled.files().size(), folder(), compiled.version().substring(0, 12),
                (System.nanoTime() - started) / 1_000_000, by);
        return loaded;
    }

    /**
     * At start, when the folder is refused: serves the latest activated version, compiled from its stored texts,
     * and says so loudly (log, health, GET /api/rules). With no stored version to fall back on, the start fails.
     */
    private LoadedRules fallBackToLastGood(RuleCompilationException refused) {
        RulesActivation last = activations.latest().orElseThrow(() -> refused);
        RuleBase stored = compileStored(versions.findById(last.version));
        String why = "the rules folder " + folder() + " was refused at start (" + refused.problems().size()
                + " problem(s), first: " + refused.problems().get(0) + "); serving the last good version "
                + last.version.substring(0, 12) + ", activated by " + last.activatedBy + " on " + last.instance;
        Log.errorf("%n!!! RULES FALLBACK !!!%n%s.%nFix the files and reload (POST /api/rules/reload).%n%s", why,
                refused.getMessage());
        LoadedRules loaded = new LoadedRules(stored, Instant.now(), "system (fallback)", why);
        current.set(loaded);
        return loaded;
    }

    private RuleBase compileStored(StoredRulesVersion stored) {
        return loader.compile(stored.files.stream().map(f -> new RuleFile(f.path, f.content)).toList())
                .withLimits(limits);
    }

    /** Runs every trial on a compiled rule base; throws with their problems when any fails. */
    public void tryOut(RuleBase compiled) {
        List<RuleProblem> problems = new ArrayList<>();
        trials.forEach(trial -> problems.addAll(trial.tryOut(compiled)));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
    }

    /**
     * Serves a version that another instance activated, compiled from its stored texts. Not a reload: it is not
     * audited again and does not re-make the current run, which the activating instance does.
     */
    synchronized void adopt(StoredRulesVersion stored, RulesActivation activation) {
        RuleBase compiled = compileStored(stored);
        current.set(new LoadedRules(compiled, activation.activatedAt,
                activation.activatedBy + " on " + activation.instance));
        Log.infof("Serving rules version %s, activated by %s on %s", compiled.version().substring(0, 12),
                activation.activatedBy, activation.instance);
    }

    /** The active rules; compiles the folder first if nothing is loaded yet. */
    public LoadedRules loaded() {
        LoadedRules active = current.get();
        return active != null ? active : reload("system");
    }

    /** The active rules, if any were loaded yet; never compiles. */
    public Optional<LoadedRules> ifLoaded() {
        return Optional.ofNullable(current.get());
    }

    /** The active rule base. */
    public RuleBase current() {
        return loaded().ruleBase();
    }

    /** Compiles files without activating them: the active files overlaid with the given ones (same path replaces). */
    public RuleBase compileOverlay(List<RuleFile> changed) {
        return loader.compile(RuleFiles.overlay(current().files(), changed)).withLimits(limits);
    }

    /** The version the folder would have if it were loaded now. */
    public String versionOnDisk() {
        return RuleBaseLoader.version(RuleBaseLoader.read(folder()));
    }

    private void store(RuleBase ruleBase, String by) {
        if (versions.findByIdOptional(ruleBase.version()).isPresent()) {
            return;
        }
        StoredRulesVersion stored = new StoredRulesVersion();
        stored.version = ruleBase.version();
        stored.firstLoadedAt = Instant.now();
        stored.firstLoadedBy = by;
        ruleBase.files().forEach(f -> stored.files.add(new StoredRulesVersion.StoredFile(f)));
        versions.persist(stored);
    }
}
