package org.commitmenttracker.trigger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's statement that a conditional commitment's trigger was met, and where that is shown. */
@Schema(description = "The day the trigger was met and the citation that shows it")
public record TriggerMetInput(
        @NotNull @Schema(examples = "2023-05-05") LocalDate metOn,
        @NotBlank @Size(max = 2000) @Schema(examples = "https://www.who.int/news/item/05-05-2023-statement")
        String citation,
        @Size(max = 2000) String note) {
}
