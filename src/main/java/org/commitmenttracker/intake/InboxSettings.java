package org.commitmenttracker.intake;

/** A {@code <file>.import.yaml} beside an inbox file: the same settings as the import's query parameters. */
record InboxSettings(String format, String onError, Boolean trusted, String idColumn, String dateColumn,
                     String dateFormat, String typeColumn, String typeCodes, String participantColumns,
                     String partyCodes, String topicColumns, String titleColumn, String citationColumn,
                     String separator) {

    ImportQuery toQuery() {
        ImportQuery q = new ImportQuery();
        q.format = format;
        q.onError = onError;
        q.trusted = trusted == null ? null : trusted.toString();
        q.idColumn = idColumn;
        q.dateColumn = dateColumn;
        q.dateFormat = dateFormat;
        q.typeColumn = typeColumn;
        q.typeCodes = typeCodes;
        q.participantColumns = participantColumns;
        q.partyCodes = partyCodes;
        q.topicColumns = topicColumns;
        q.titleColumn = titleColumn;
        q.citationColumn = citationColumn;
        q.separator = separator;
        return q;
    }
}
