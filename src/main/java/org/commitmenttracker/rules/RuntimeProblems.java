package org.commitmenttracker.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kie.api.runtime.rule.ConsequenceException;

/** Turns a failure raised while rules ran into a problem naming the rule, with the file and line that declare it. */
public final class RuntimeProblems {

    private static final Pattern RULE_NAMED = Pattern.compile("[Rr]ule \"([^\"]+)\"");

    private RuntimeProblems() {
    }

    /** The problem of a failure met while running the rule base on the facts described by {@code on}. */
    public static RuleProblem of(Throwable failure, RuleBase ruleBase, String on) {
        if (failure instanceof RulesRanAwayException runaway) {
            return runaway.problemWhenRunOn(on);
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        Optional<String> rule = ruleName(failure);
        String message = rule.map(r -> "rule \"" + r + "\" fails").orElse("the rules fail") + " when run on " + on
                + ": " + why;
        RuleProblem at = rule.map(r -> declarationOf(r, ruleBase)).orElse(new RuleProblem("", 0, 0, ""));
        return new RuleProblem(at.file(), at.line(), at.column(), message);
    }

    /** Where the rule is declared (file, line, column 1, no message); file "" and line 0 when not found. */
    static RuleProblem declarationOf(String rule, RuleBase ruleBase) {
        for (RuleFile file : ruleBase.files()) {
            int at = file.isDrl() ? file.content().indexOf("rule \"" + rule + "\"") : -1;
            if (at >= 0) {
                return new RuleProblem(file.path(), file.lineAt(at), 1, "");
            }
        }
        return new RuleProblem("", 0, 0, "");
    }

    /** The problem of a failure when it names the rule that failed; empty for other failures (a database error). */
    public static Optional<RuleProblem> ofRule(Throwable failure, RuleBase ruleBase, String on) {
        if (failure instanceof RulesRanAwayException runaway) {
            return Optional.of(runaway.problemWhenRunOn(on));
        }
        return ruleName(failure).map(rule -> of(failure, ruleBase, on));
    }

    /**
     * Runs each *.yaml file of a folder of scenarios through the rules ({@code run}), in file order, and reports the
     * first that makes them fail; none when the folder is missing or every file ran. {@code what} names the folder's
     * files in the message ("the scenario tests/").
     */
    public static List<RuleProblem> ofEachFile(Path folder, RuleBase ruleBase, String what, Consumer<Path> run) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    run.accept(file);
                } catch (UncheckedIOException e) {
                    continue;
                } catch (RuntimeException e) {
                    return List.of(of(e, ruleBase, what + file.getFileName()));
                }
            }
            return List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The rule named by the failure or one of its causes: a consequence's rule, or one a message names. */
    private static Optional<String> ruleName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsequenceException c && c.getRule() != null) {
                return Optional.of(c.getRule().getName());
            }
            Matcher named = RULE_NAMED.matcher(String.valueOf(t.getMessage()));
            if (named.find()) {
                return Optional.of(named.group(1));
            }
        }
        return Optional.empty();
    }
}
