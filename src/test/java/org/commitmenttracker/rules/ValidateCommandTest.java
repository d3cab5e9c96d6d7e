package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line check prints file:line:col: message and exits 1 on errors, 0 otherwise. */
class ValidateCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int validate(Path folder) {
        return ValidateCommand.run(new String[] {"validate", folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theShippedRulesPass() {
        assertThat(validate(ShippedRules.FOLDER)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("compile; version " + ShippedRules.get().version());
    }

    @Test
    void aBrokenFileFailsWithFileLineAndColumn(@TempDir Path folder) throws IOException {
        CopiedRulesProfile.copy(ShippedRules.FOLDER, folder.resolve("rules"));
        Files.writeString(folder.resolve("rules/status/bad.drl"), "package x;\nrule \"a\"\nwhen\n  Foo()\nthen\nend\n");

        assertThat(validate(folder.resolve("rules"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(folder.resolve("rules/status/bad.drl") + ":4:0: Unable to resolve ObjectType 'Foo'");
    }
}
