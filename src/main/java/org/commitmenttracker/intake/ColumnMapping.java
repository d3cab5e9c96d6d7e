package org.commitmenttracker.intake;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.http.QueryParser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which columns of a CSV file (or fields of a JSON Lines file) hold an event's parts, for datasets with no format of
 * their own: the date and its pattern, the type and the code list it is written in (CAMEO, PLOVER, or words), the
 * participant columns and their code list, topic columns, and optionally the row's id, title and citation. Lists
 * inside one cell are separated by ';'.
 */
@Schema(description = "Where an event's parts are in a CSV or JSON Lines file")
public record ColumnMapping(String id, String date, String dateFormat, String type, String typeCodes,
                            List<String> participants, String partyCodes, List<String> topics, String title,
                            String citation, char separator) {

    static final Set<String> TYPE_CODES = Set.of("cameo", "plover", "words");
    static final Set<String> PARTY_CODES = Set.of("iso-alpha2", "cameo", "fips", "words");

    /** The mapping the request's parameters give, or the refusals naming each bad parameter. */
    static ColumnMapping parse(QueryParser parser, ImportFormat format, String id, String date, String dateFormat,
                               String type, String typeCodes, String participants, String partyCodes, String topics,
                               String title, String citation, String separator) {
        require(parser, "dateColumn", date);
        require(parser, "typeColumn", type);
        require(parser, "participantColumns", participants);
        String pattern = dateFormat == null || dateFormat.isBlank() ? "yyyy-MM-dd" : dateFormat;
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            parser.reject("dateFormat", "is not a date pattern: " + e.getMessage());
        }
        String types = typeCodes == null ? (format == ImportFormat.PLOVER ? "plover" : "words") : typeCodes;
        if (!TYPE_CODES.contains(types)) {
            parser.reject("typeCodes", "must be one of " + String.join(", ", TYPE_CODES.stream().sorted().toList()));
        }
        String parties = partyCodes == null ? "words" : partyCodes;
        if (!PARTY_CODES.contains(parties)) {
            parser.reject("partyCodes", "must be one of " + String.join(", ", PARTY_CODES.stream().sorted().toList()));
        }
        char sep = switch (separator == null ? "comma" : separator) {
            case "comma", "," -> ',';
            case "tab", "\\t" -> '\t';
            case "semicolon", ";" -> ';';
            default -> {
                parser.reject("separator", "must be comma, tab or semicolon");
                yield ',';
            }
        };
        return new ColumnMapping(blankToNull(id), date, pattern, type, types, names(participants), parties,
                names(topics), blankToNull(title), blankToNull(citation), sep);
    }

    DateTimeFormatter dateFormatter() {
        return DateTimeFormatter.ofPattern(dateFormat.replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The code list type values are resolved in; null for words (any label or code). */
    String typeCodeList() {
        return typeCodes.equals("words") ? null : typeCodes;
    }

    String partyCodeList() {
        return partyCodes.equals("words") ? null : partyCodes;
    }

    /** Every column the mapping reads. */
    List<String> columns() {
        List<String> all = new java.util.ArrayList<>(List.of(date, type));
        all.addAll(participants);
        all.addAll(topics);
        for (String optional : new String[]{id, title, citation}) {
            if (optional != null) {
                all.add(optional);
            }
        }
        return all;
    }

    private static void require(QueryParser parser, String name, String value) {
        if (value == null || value.isBlank()) {
            parser.reject(name, "is required for this format");
        }
    }

    private static List<String> names(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
