package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up reload takes the early compile only when it is of the folder read and the files are unchanged. */
class EarlyRuleCompileTest {

    @Test
    void theStartUpReloadTakesTheEarlyCompileOfTheSameFilesOnce(@TempDir Path home) throws IOException {
        Path rules = copyOfShippedRules(home);
        EarlyRuleCompile.start(rules);

        assertThat(EarlyRuleCompile.take(rules, versionOf(rules))).get()
                .satisfies(compiled -> assertThat(compiled.version()).isEqualTo(ShippedRules.get().version()));
        assertThat(EarlyRuleCompile.take(rules, versionOf(rules))).isEmpty();
    }

    @Test
    void filesChangedSinceTheEarlyCompileAreCompiledAgain(@TempDir Path home) throws IOException {
        Path rules = copyOfShippedRules(home);
        EarlyRuleCompile.start(rules);
        Files.writeString(rules.resolve("status/extra.drl"), "package status;\n");

        assertThat(EarlyRuleCompile.take(rules, versionOf(rules))).isEmpty();
    }

    @Test
    void anotherFolderThanTheOneCompiledEarlyIsCompiledAgain(@TempDir Path home) throws IOException {
        Path rules = copyOfShippedRules(home);
        EarlyRuleCompile.start(rules);

        assertThat(EarlyRuleCompile.take(ShippedRules.FOLDER, versionOf(ShippedRules.FOLDER))).isEmpty();
    }

    @Test
    void aBrokenFolderLeavesTheReloadToReportItsProblems(@TempDir Path home) throws IOException {
        Path rules = copyOfShippedRules(home);
        Files.writeString(rules.resolve("status/bad.drl"), "package status;\nrule \"a\"\nwhen\n  Foo()\nthen\nend\n");
        EarlyRuleCompile.start(rules);

        assertThat(EarlyRuleCompile.take(rules, versionOf(rules))).isEmpty();
    }

    private static Path copyOfShippedRules(Path home) throws IOException {
        Path rules = home.resolve("rules");
        CopiedRulesProfile.copy(ShippedRules.FOLDER, rules);
        return rules;
    }

    private static String versionOf(Path folder) {
        return RuleBaseLoader.version(RuleBaseLoader.read(folder));
    }
}
