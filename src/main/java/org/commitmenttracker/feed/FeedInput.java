package org.commitmenttracker.feed;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.commitmenttracker.http.Ids;

/**
 * A feed to add. {@code every} is an ISO-8601 duration (PT15M, the default); {@code parties} are any words or codes
 * the vocabulary resolves to parties ("India", "KOR"); {@code cameoRoots} are CAMEO root codes "01" to "20".
 */
public record FeedInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotNull FeedKind kind,
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 40) String every,
        @Size(max = 200) String publisher,
        Boolean trusted,
        @Size(max = Ids.LIST_MAX) List<@NotBlank @Size(max = Ids.TERM_MAX) String> parties,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "0[1-9]|1[0-9]|20",
                message = "must be a CAMEO root code, 01 to 20") String> cameoRoots) {
}
