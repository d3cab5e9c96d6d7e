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

    static RowReader of(ImportFormat format) {
        return switch (format) {
            case GDELT -> new GdeltRowReader();
            case EVENTS_CSV -> new EventCsvRowReader();
        };
    }
}
