package org.commitmenttracker.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a dataset as read, before the vocabulary: its line, the dataset's own id for it, the date, the type
 * and parties as codes or words (each with the code list it comes from, or null for plain words), topics, and how
 * widely it was reported.
 */
public record ImportRow(long line, String datasetKey, LocalDate date, Term type, List<Term> parties,
                        List<String> topics, String title, String citation, String note, Integer mentions,
                        Integer sources, Integer articles) {

    /** A code or word and the code list it belongs to (null: any label or code the vocabulary resolves). */
    public record Term(String field, String value, String codeList) {
    }
}
