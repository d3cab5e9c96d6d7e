package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads our own event CSV: a header row naming the fields of the event API (id, date, type, title, participants,
 * topics, citation, note, in any order; id and note optional), lists separated by ';', dates as YYYY-MM-DD. Terms are
 * words or codes the vocabulary resolves, as over the API.
 */
final class EventCsvRowReader implements RowReader {

    static final Set<String> REQUIRED = Set.of("date", "type", "title", "participants", "topics", "citation");
    static final Set<String> KNOWN = Set.of("id", "date", "type", "title", "participants", "topics", "citation", "note");
    private static final CsvMapper CSV = new CsvMapper();

    @Override
    public void read(InputStream in, Sink sink) throws IOException {
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            boolean headerChecked = false;
            while (rows.hasNextValue()) {
                JsonLocation at = rows.getCurrentLocation();
                Map<String, String> row = rows.nextValue();
                if (!headerChecked) {
                    headerChecked = true;
                    if (!header(row.keySet(), sink)) {
                        return;
                    }
                }
                read(Math.max(2, at.getLineNr()), row, sink);
            }
        }
    }

    private static boolean header(Set<String> columns, Sink sink) {
        List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).sorted().toList();
        List<String> unknown = columns.stream().filter(c -> !KNOWN.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            sink.problem(new RowProblem(1, "header", "missing column(s) " + String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            sink.problem(new RowProblem(1, "header", "unknown column(s) " + String.join(", ", unknown)
                    + "; the columns are " + String.join(", ", KNOWN.stream().sorted().toList())));
        }
        return missing.isEmpty() && unknown.isEmpty();
    }

    private static void read(long line, Map<String, String> row, Sink sink) {
        List<RowProblem> problems = new ArrayList<>();
        REQUIRED.stream().sorted().filter(c -> blank(row.get(c)))
                .forEach(c -> problems.add(new RowProblem(line, c, "is empty")));
        LocalDate date = null;
        if (!blank(row.get("date"))) {
            try {
                date = LocalDate.parse(row.get("date").strip());
            } catch (DateTimeParseException e) {
                problems.add(new RowProblem(line, "date", "'" + row.get("date") + "' is not a date (YYYY-MM-DD)"));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(sink::problem);
            return;
        }
        String id = blank(row.get("id")) ? null : row.get("id").strip();
        List<ImportRow.Term> parties = list(row.get("participants")).stream()
                .map(p -> new ImportRow.Term("participants", p, null)).toList();
        sink.row(new ImportRow(line, id == null ? null : "events-csv:" + id, date,
                new ImportRow.Term("type", row.get("type").strip(), null), parties, list(row.get("topics")),
                row.get("title").strip(), row.get("citation").strip(), blank(row.get("note")) ? null : row.get("note"),
                null, null, null));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
