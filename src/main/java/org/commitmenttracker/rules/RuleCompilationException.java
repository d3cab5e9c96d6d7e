package org.commitmenttracker.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files did not compile; every problem is listed with its file and line. */
public class RuleCompilationException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super("The rules do not compile:\n" + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
