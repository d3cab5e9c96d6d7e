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
                Pattern.compile(unescape(call.group(1)), FLAGS);
            } catch (RuntimeException e) {
                problems.add(problem(file, call.start(1), e));
            }
        }
        return problems;
    }

    private static RuleProblem problem(RuleFile file, int at, RuntimeException e) {
        String before = file.content().substring(0, at);
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        int column = at - before.lastIndexOf('\n');
        String why = e instanceof PatternSyntaxException p ? p.getDescription() + " (at character " + p.getIndex()
                + " of the expression)" : e.getMessage();
        return new RuleProblem(file.path(), line, column, "invalid regular expression: " + why);
    }

    /** The string a DRL (Java-style) string literal stands for: "\\b" is \b, "\"" is ". */
    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char ch = literal.charAt(i);
            if (ch != '\\' || i + 1 == literal.length()) {
                out.append(ch);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
