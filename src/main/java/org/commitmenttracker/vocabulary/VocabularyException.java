package org.commitmenttracker.vocabulary;

import java.util.List;
import java.util.stream.Collectors;

/** The vocabulary files are broken; every problem is listed with its file and line. */
public class VocabularyException extends RuntimeException {

    private final transient List<VocabularyProblem> problems;

    public VocabularyException(List<VocabularyProblem> problems) {
        super(problems.stream().map(p -> p.file() + ":" + p.line() + ": " + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<VocabularyProblem> problems() {
        return problems;
    }
}
