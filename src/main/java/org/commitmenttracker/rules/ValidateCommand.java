package org.commitmenttracker.rules;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code validate [folder]}: compiles the rule files of a folder (default rules/) and prints each error as
 * {@code file:line:col: message}, the form editors and build tools understand.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";

    private ValidateCommand() {
    }

    /** Returns the exit code: 0 when the folder compiles, 1 when it does not. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path folder = Path.of(args.length > 1 ? args[1] : "rules");
        try {
            RuleBase rules = new RuleBaseLoader().load(folder);
            out.printf("%s: %d rules in %d files compile; version %s%n", folder, rules.ruleCount(),
                    rules.files().size(), rules.version());
            return 0;
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> err.println(folder.resolve(p.file()) + ":" + p.line() + ":" + p.column() + ": "
                    + p.message().replace('\n', ' ')));
            err.printf("%d error(s); nothing was loaded%n", e.problems().size());
            return 1;
        }
    }
}
