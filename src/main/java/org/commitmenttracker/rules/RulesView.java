package org.commitmenttracker.rules;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A rule base as the API shows it: version, files and the rules each defines, the vocabulary schemes, and when and by
 * whom it was loaded; {@code fallback}, when the folder was refused at start, why another version serves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RulesView(String version, Instant loadedAt, String loadedBy, String fallback, int ruleCount,
                        Parameters parameters, List<FileRules> files, List<SchemeCount> vocabulary) {

    /** One vocabulary scheme of the version and how many concepts it has. */
    public record SchemeCount(String scheme, int concepts) {
    }

    /** The windows of parameters.yaml. */
    public record Parameters(Period dueSoonWindow, Period defaultReviewWindow) {
    }

    /** One file and the names of the rules it defines (empty for parameters.yaml). */
    public record FileRules(String path, List<String> rules) {
    }

    public static RulesView of(RuleBase rules, Instant loadedAt, String loadedBy) {
        return of(rules, loadedAt, loadedBy, null);
    }

    private static RulesView of(RuleBase rules, Instant loadedAt, String loadedBy, String fallback) {
        var byFile = rules.rulesByFile();
        List<FileRules> files = rules.files().stream()
                .map(f -> new FileRules(f.path(), byFile.getOrDefault(f.path(), List.of()))).toList();
        return new RulesView(rules.version(), loadedAt, loadedBy, fallback, rules.ruleCount(),
                new Parameters(rules.parameters().getDueSoonWindow(), rules.parameters().getDefaultReviewWindow()),
                files, rules.vocabulary().schemes().stream()
                        .map(s -> new SchemeCount(s.id(), s.concepts().size())).toList());
    }

    public static RulesView of(ActiveRules.LoadedRules loaded) {
        return of(loaded.ruleBase(), loaded.loadedAt(), loaded.loadedBy(), loaded.fallback());
    }
}
