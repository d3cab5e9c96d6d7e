package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;

/** Reads a dataset row by row, never holding the file: each row, or the problem with it, goes to the sink. */
interface RowReader {

    /** Receives the rows of a file in order. */
    interface Sink {
        void row(ImportRow row);

        void problem(RowProblem problem);
    }

    void read(InputStream in, Sink sink) throws IOException;

    /** The reader of a format; mapped formats read through the mapping. */
    static RowReader of(ImportFormat format, ColumnMapping mapping) {
        return switch (format) {
            case GDELT -> new GdeltRowReader();
            case EVENTS_CSV -> new EventCsvRowReader();
            case CSV, PLOVER -> new MappedRowReader(mapping, false, format);
            case JSONL -> new MappedRowReader(mapping, true, format);
        };
    }
}
