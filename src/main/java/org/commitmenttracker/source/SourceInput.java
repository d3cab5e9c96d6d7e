package org.commitmenttracker.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.commitmenttracker.http.Ids;

/** A release to register, so that commitments can cite it. */
public record SourceInput(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 200) String publisher,
        @NotNull LocalDate statedOn,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 200) String fileName,
        @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String url) {

    Source toEntity() {
        Source source = new Source();
        source.id = id;
        source.publisher = publisher;
        source.statedOn = statedOn;
        source.title = title;
        source.fileName = fileName;
        source.url = url;
        return source;
    }
}
