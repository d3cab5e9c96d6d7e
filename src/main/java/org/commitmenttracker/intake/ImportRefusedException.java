package org.commitmenttracker.intake;

import java.util.List;

/** The file cannot be imported as it is: bad rows (up to 100 listed) or a refused archive. Nothing was stored. */
public class ImportRefusedException extends RuntimeException {

    private final transient List<RowProblem> rows;

    public ImportRefusedException(String detail, List<RowProblem> rows) {
        super(detail);
        this.rows = List.copyOf(rows);
    }

    public List<RowProblem> rows() {
        return rows;
    }
}
