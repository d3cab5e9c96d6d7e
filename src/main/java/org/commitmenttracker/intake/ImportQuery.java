package org.commitmenttracker.intake;

import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.http.QueryParser;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/**
 * The settings of an import: the format, how to treat bad rows and trust, and a column mapping if needed. Given as
 * the query parameters of {@code POST /api/imports}, as the keys of an inbox file's {@code <name>.import.yaml}, or as
 * name=value arguments on the command line; an unknown key is refused.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ImportQuery {

    @QueryParam("format")
    @Parameter(description = "gdelt, events-csv, csv, plover or jsonl")
    String format;

    @QueryParam("onError")
    @Parameter(description = "fail (default): a bad row refuses the file; skip: store the good rows, report the bad")
    String onError;

    @QueryParam("trusted")
    @Parameter(description = "Whether its events count without review; default: events-csv yes, the others no")
    String trusted;

    @QueryParam("fileName")
    @Parameter(description = "For the record")
    String fileName;

    @QueryParam("idColumn")
    @Parameter(description = "csv, plover, jsonl: the column (or field) with the dataset's own row id")
    String idColumn;

    @QueryParam("dateColumn")
    @Parameter(description = "csv, plover, jsonl: the column with the event's date")
    String dateColumn;

    @QueryParam("dateFormat")
    @Parameter(description = "A date pattern such as yyyy-MM-dd (the default), dd/MM/yyyy or yyyyMMdd")
    String dateFormat;

    @QueryParam("typeColumn")
    @Parameter(description = "The column with the event type")
    String typeColumn;

    @QueryParam("typeCodes")
    @Parameter(description = "cameo, plover or words (default words; plover for format=plover)")
    String typeCodes;

    @QueryParam("participantColumns")
    @Parameter(description = "Comma-separated columns naming who took part (each cell may list several, ';')")
    String participantColumns;

    @QueryParam("partyCodes")
    @Parameter(description = "iso-alpha2, cameo, fips or words (default words: names and codes the vocabulary knows)")
    String partyCodes;

    @QueryParam("topicColumns")
    @Parameter(description = "Comma-separated columns with topics")
    String topicColumns;

    @QueryParam("titleColumn")
    String titleColumn;

    @QueryParam("citationColumn")
    String citationColumn;

    @QueryParam("separator")
    @Parameter(description = "csv, plover: comma (default), tab or semicolon")
    String separator;

    /** The request these parameters describe, or a 400 naming each bad parameter. */
    ImportService.Request parse(String by) {
        QueryParser parser = new QueryParser();
        ImportFormat chosen = null;
        if (format == null) {
            parser.reject("format", "is required: one of " + ImportFormat.ids());
        } else {
            chosen = ImportFormat.of(format).orElse(null);
            if (chosen == null) {
                parser.reject("format", "must be one of " + ImportFormat.ids());
            }
        }
        if (onError != null && !onError.equals("fail") && !onError.equals("skip")) {
            parser.reject("onError", "must be fail or skip");
        }
        Boolean trust = parser.bool("trusted", trusted);
        ColumnMapping mapping = chosen != null && chosen.mapped() ? ColumnMapping.parse(parser, chosen, idColumn,
                dateColumn, dateFormat, typeColumn, typeCodes, participantColumns, partyCodes, topicColumns,
                titleColumn, citationColumn, separator) : null;
        parser.throwIfInvalid();
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        return new ImportService.Request(chosen, mapping, name.substring(0, Math.min(300, name.length())),
                "skip".equals(onError), trust, by);
    }
}
