package org.commitmenttracker.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row that cannot be imported: its line in the file, the field at fault and why. */
@Schema(description = "A bad row: its line number in the file (1-based), the field at fault and why")
public record RowProblem(long line, String field, String message) {
}
