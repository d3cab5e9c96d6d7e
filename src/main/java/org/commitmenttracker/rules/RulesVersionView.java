package org.commitmenttracker.rules;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A stored rules version with the exact texts of its files. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RulesVersionView(String version, Instant firstLoadedAt, String firstLoadedBy, List<RuleFile> files) {

    public static RulesVersionView of(StoredRulesVersion v, boolean withFiles) {
        List<RuleFile> files = withFiles
                ? v.files.stream().map(f -> new RuleFile(f.path, f.content)).toList()
                : null;
        return new RulesVersionView(v.version, v.firstLoadedAt, v.firstLoadedBy, files);
    }
}
