package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a GDELT 2.0 events export: 61 tab-separated columns, no header, no quoting, in the order of the GDELT 2.0
 * event codebook (GLOBALEVENTID, SQLDATE, ..., Actor1CountryCode at 7, Actor1KnownGroupCode at 8, Actor2 at 15-18,
 * EventCode at 26, NumMentions, NumSources, NumArticles at 31-33, SOURCEURL at 60). Parties are the actors' CAMEO
 * country codes, or their known-group codes (UNO, ...) when they have no country; GDELT gives no topics.
 */
final class GdeltRowReader implements RowReader {

    static final int COLUMNS = 61;
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GLOBALEVENTID = Pattern.compile("\\d{1,20}");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
            .withoutEscapeChar();

    @Override
    public void read(InputStream in, Sink sink) throws IOException {
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(SCHEMA).readValues(in)) {
            long line = 0;
            while (rows.hasNextValue()) {
                String[] columns = rows.nextValue();
                line++;
                if (columns.length == 1 && columns[0].isBlank()) {
                    continue;
                }
                read(line, columns, sink);
            }
        }
    }

    private static void read(long line, String[] c, Sink sink) {
        if (c.length != COLUMNS) {
            sink.problem(new RowProblem(line, "columns", "expected " + COLUMNS + " tab-separated columns, found "
                    + c.length));
            return;
        }
        List<RowProblem> problems = new ArrayList<>();
        String id = c[0].strip();
        if (!GLOBALEVENTID.matcher(id).matches()) {
            problems.add(new RowProblem(line, "GLOBALEVENTID", "must be a number, got '" + id + "'"));
        }
        LocalDate date = date(line, c[1].strip(), problems);
        if (c[26].isBlank()) {
            problems.add(new RowProblem(line, "EventCode", "is empty"));
        }
        Integer mentions = count(line, "NumMentions", c[31], problems);
        Integer sources = count(line, "NumSources", c[32], problems);
        Integer articles = count(line, "NumArticles", c[33], problems);
        if (!problems.isEmpty()) {
            problems.forEach(sink::problem);
            return;
        }
        List<ImportRow.Term> parties = new ArrayList<>();
        actor(c, 7, 8, "Actor1", parties);
        actor(c, 17, 18, "Actor2", parties);
        String title = String.join(" / ", List.of(c[6], c[16]).stream().filter(n -> !n.isBlank()).toList());
        String url = c[60].strip();
        sink.row(new ImportRow(line, "gdelt:" + id, date, new ImportRow.Term("EventCode", c[26].strip(), "cameo"),
                parties, List.of(), title, url.isEmpty() ? null : url, null, mentions, sources, articles));
    }

    private static void actor(String[] c, int country, int group, String actor, List<ImportRow.Term> parties) {
        if (!c[country].isBlank()) {
            parties.add(new ImportRow.Term(actor + "CountryCode", c[country].strip(), "cameo"));
        } else if (!c[group].isBlank()) {
            parties.add(new ImportRow.Term(actor + "KnownGroupCode", c[group].strip(), "cameo"));
        }
    }

    private static LocalDate date(long line, String value, List<RowProblem> problems) {
        try {
            return LocalDate.parse(value, SQLDATE);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(line, "SQLDATE", "'" + value + "' is not a date (YYYYMMDD)"));
            return null;
        }
    }

    private static Integer count(long line, String field, String value, List<RowProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new RowProblem(line, field, "'" + value + "' is not a count"));
        return null;
    }
}
