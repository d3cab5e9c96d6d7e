package org.commitmenttracker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the regular expressions a DRL file passes to {@code find("...")} and {@code has("...")} (the extraction
 * rules' clause tests). Drools compiles them as plain strings, so a broken expression would only fail when a release
 * is read; checking them here refuses the rule base on reload, with the file and line, like any compile error.
 */
final class RegexLiterals {

    private static final Pattern CALL = Pattern.compile("\\b(?:find|has)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private RegexLiterals() {
    }

    /** The problems of one DRL file's regular expressions; none when they all compile. */
    static List<RuleProblem> check(RuleFile file) {
        List<RuleProblem> problems = new ArrayList<>();
        Matcher call = CALL.matcher(file.content());
        while (call.find()) {
            try {
                // The string the DRL literal stands for: DRL strings escape as Java's do ("\\b" is \b)
                Pattern.compile(call.group(1).translateEscapes(), FLAGS);
            } catch (RuntimeException e) {
                problems.add(problem(file, call.start(1), e));
            }
        }
        return problems;
    }

    private static RuleProblem problem(RuleFile file, int at, RuntimeException e) {
        int column = at - file.content().lastIndexOf('\n', at - 1);
        String why = e instanceof PatternSyntaxException p ? p.getDescription() + " (at character " + p.getIndex()
                + " of the expression)" : e.getMessage();
        return new RuleProblem(file.path(), file.lineAt(at), column, "invalid regular expression: " + why);
    }
}
