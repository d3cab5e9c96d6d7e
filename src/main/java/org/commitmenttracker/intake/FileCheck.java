package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;

/**
 * The first, read-only pass over a file: counts its rows and collects its bad ones (listing up to a limit), so that
 * an import either refuses the file before storing anything or knows how many rows it will skip and how many it has
 * to do.
 */
final class FileCheck implements RowReader.Sink {

    private final int listed;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<Long> badLines = new HashSet<>();
    private long rows;

    private FileCheck(int listed) {
        this.listed = listed;
    }

    static FileCheck of(ImportFile file, RowReader reader, int listed) throws IOException {
        FileCheck check = new FileCheck(listed);
        try (InputStream in = file.openRows()) {
            reader.read(in, check);
        } catch (JacksonException e) {
            if (e.getCause() instanceof ImportFile.BadArchiveException refused) {
                throw refused;
            }
            long line = e.getLocation() == null ? check.rows + 1 : e.getLocation().getLineNr();
            check.problem(new RowProblem(line, "row", "unreadable: " + e.getOriginalMessage()));
        } catch (java.nio.charset.CharacterCodingException e) {
            check.problem(new RowProblem(check.rows + 1, "row", "not UTF-8 text"));
        }
        return check;
    }

    @Override
    public void row(ImportRow row) {
        rows++;
    }

    @Override
    public void problem(RowProblem problem) {
        if (badLines.add(problem.line())) {
            rows++;
        }
        if (problems.size() < listed) {
            problems.add(problem);
        }
    }

    long rows() {
        return rows;
    }

    long badRows() {
        return badLines.size();
    }

    List<RowProblem> problems() {
        return problems;
    }

    /**
     * Whether the file cannot be imported even skipping bad rows: its header is wrong, or reading stopped early
     * because the file itself could not be read on.
     */
    boolean fatal() {
        return problems.stream().anyMatch(p -> p.field().equals("header") || p.field().equals("row"));
    }
}
