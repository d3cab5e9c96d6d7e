package org.commitmenttracker.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files were refused (they do not compile, or fail when run); every problem with its file and line. */
public class RuleCompilationException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        this("The rules do not compile", problems);
    }

    protected RuleCompilationException(String what, List<RuleProblem> problems) {
        super(what + ":\n" + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** One sentence for a refusal's detail: what was wrong and that nothing changed. */
    public String summary() {
        return "The rules were refused (" + problems.size() + " problem(s): they do not compile, or fail or run past "
                + "their limits when run); the active rules are unchanged.";
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
