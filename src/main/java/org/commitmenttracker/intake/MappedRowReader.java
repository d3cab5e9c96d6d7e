package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a CSV file with a header, or a JSON Lines file (one object per line), through a {@link ColumnMapping}. A cell
 * may hold several values separated by ';'; a JSON field may also be an array.
 */
final class MappedRowReader implements RowReader {

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ColumnMapping mapping;
    private final boolean jsonLines;
    private final String prefix;

    MappedRowReader(ColumnMapping mapping, boolean jsonLines, ImportFormat format) {
        this.mapping = mapping;
        this.jsonLines = jsonLines;
        this.prefix = format.id() + ":";
    }

    @Override
    public void read(InputStream in, Sink sink) throws IOException {
        if (jsonLines) {
            try (MappingIterator<JsonNode> rows = JSON.readerFor(JsonNode.class).readValues(in)) {
                while (rows.hasNextValue()) {
                    long line = rows.getCurrentLocation().getLineNr();
                    JsonNode row = rows.nextValue();
                    read(line, field -> values(row.get(field)), sink);
                }
            }
            return;
        }
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(mapping.separator())).readValues(in)) {
            boolean first = true;
            while (rows.hasNextValue()) {
                long line = Math.max(2, rows.getCurrentLocation().getLineNr());
                Map<String, String> row = rows.nextValue();
                if (first && !header(row, sink)) {
                    return;
                }
                first = false;
                read(line, field -> split(row.get(field)), sink);
            }
        }
    }

    private boolean header(Map<String, String> row, Sink sink) {
        List<String> missing = mapping.columns().stream().filter(c -> !row.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            sink.problem(new RowProblem(1, "header", "no column named " + String.join(", ", missing)));
        }
        return missing.isEmpty();
    }

    /** The values of one field of the current row. */
    private interface Row {
        List<String> values(String field);
    }

    private void read(long line, Row row, Sink sink) {
        List<RowProblem> problems = new ArrayList<>();
        LocalDate date = date(line, row.values(mapping.date()), problems);
        String type = first(row.values(mapping.type()));
        if (type == null) {
            problems.add(new RowProblem(line, mapping.type(), "is empty"));
        }
        List<ImportRow.Term> parties = new ArrayList<>();
        mapping.participants().forEach(column -> row.values(column)
                .forEach(p -> parties.add(new ImportRow.Term(column, p, mapping.partyCodeList()))));
        if (parties.isEmpty()) {
            problems.add(new RowProblem(line, String.join(",", mapping.participants()), "names no participant"));
        }
        if (!problems.isEmpty()) {
            problems.forEach(sink::problem);
            return;
        }
        List<String> topics = new ArrayList<>();
        mapping.topics().forEach(column -> topics.addAll(row.values(column)));
        String id = mapping.id() == null ? null : first(row.values(mapping.id()));
        String title = mapping.title() == null ? null : first(row.values(mapping.title()));
        sink.row(new ImportRow(line, id == null ? null : prefix + id, date,
                new ImportRow.Term(mapping.type(), type, mapping.typeCodeList()), parties, topics,
                title != null ? title : type + ": " + String.join(", ", parties.stream().map(ImportRow.Term::value)
                        .toList()), mapping.citation() == null ? null : first(row.values(mapping.citation())), null,
                null, null, null));
    }

    private LocalDate date(long line, List<String> values, List<RowProblem> problems) {
        String value = first(values);
        if (value == null) {
            problems.add(new RowProblem(line, mapping.date(), "is empty"));
            return null;
        }
        try {
            return LocalDate.parse(value, mapping.dateFormatter());
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(line, mapping.date(), "'" + value + "' is not a date (" + mapping.dateFormat()
                    + ")"));
            return null;
        }
    }

    private static List<String> split(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> values(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> all = new ArrayList<>();
            node.forEach(n -> all.addAll(values(n)));
            return all;
        }
        return split(node.asText());
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
