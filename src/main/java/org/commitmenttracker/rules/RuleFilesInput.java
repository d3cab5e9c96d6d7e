package org.commitmenttracker.rules;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rule files to check; each replaces the active file of the same path, or is added. */
@Schema(description = "Rule files overlaid on the active ones: a file replaces the active file of the same path")
public record RuleFilesInput(@NotEmpty @Size(max = 200) List<@NotNull @Valid RuleFileInput> files) {

    public List<RuleFile> toRuleFiles() {
        return files.stream().map(RuleFileInput::toRuleFile).toList();
    }
}
