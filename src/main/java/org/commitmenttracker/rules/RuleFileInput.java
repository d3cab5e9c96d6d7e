package org.commitmenttracker.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule file submitted for validation or a dry run: its path under rules/ and its full text. */
@Schema(description = "A rule file: its path under rules/ (e.g. status/deadlines.drl or vocabulary/topics.yaml) and its full text")
public record RuleFileInput(
        @NotBlank @Size(max = 500)
        @Pattern(regexp = "([A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\\.drl|parameters\\.yaml|vocabulary/([A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\\.yaml",
                message = "must be a relative path ending in .drl, parameters.yaml, or vocabulary/<name>.yaml")
        String path,
        @NotNull @Size(max = 1_000_000) String content) {

    public RuleFile toRuleFile() {
        return new RuleFile(path, content);
    }
}
