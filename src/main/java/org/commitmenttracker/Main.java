package org.commitmenttracker;

import java.util.List;

import org.commitmenttracker.extraction.ExtractCommand;
import org.commitmenttracker.intake.ImportCommand;
import org.commitmenttracker.rules.EarlyRuleCompile;
import org.commitmenttracker.rules.ValidateCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service; or, with {@code validate [folder]}, checks the rule files and exits without starting anything
 * (exit code 0 when they compile, 1 when not), so rule authors can run it before committing; or, with
 * {@code import FILE [settings]}, imports a file of events without serving HTTP and exits (see {@link ImportCommand});
 * or, with {@code extract FILE [settings]}, reads a release's text and prints its candidates (see
 * {@link ExtractCommand}); or, with {@code warm-up}, starts in full and exits (see {@link WarmUpCommand}).
 * Before starting, checks that the home holds rules/ and seeds/ (exit code 2 when not, with nothing created).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals(ValidateCommand.NAME)) {
            System.exit(ValidateCommand.run(args, System.out, System.err));
        }
        exitUnlessHomeIsComplete();
        if (args.length > 0 && args[0].equals(ExtractCommand.NAME)) {
            ImportCommand.QUIET_START.forEach(System::setProperty);
            Quarkus.run(ExtractCommand.class, (code, failure) -> System.exit(code), args);
            return;
        }
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            ImportCommand.QUIET_START.forEach(System::setProperty);
            Quarkus.run(ImportCommand.class, (code, failure) -> System.exit(code), args);
            return;
        }
        EarlyRuleCompile.start(HomeCheck.rulesFolder());
        if (args.length > 0 && args[0].equals(WarmUpCommand.NAME)) {
            Quarkus.run(WarmUpCommand.class, (code, failure) -> System.exit(code), args);
            return;
        }
        Quarkus.run(args);
    }

    private static void exitUnlessHomeIsComplete() {
        List<String> missing = HomeCheck.problems();
        if (!missing.isEmpty()) {
            missing.forEach(System.err::println);
            System.exit(2);
        }
    }
}
