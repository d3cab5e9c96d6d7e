package org.commitmenttracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Started from the wrong folder, the service names what it looked for and the setting to change. */
class HomeCheckTest {

    @TempDir
    Path folder;

    @AfterEach
    void clearSettings() {
        System.clearProperty("tracker.home");
        System.clearProperty("tracker.seeds.load-on-start");
    }

    @Test
    void aHomeWithoutRulesOrSeedsIsNamedWithTheSettingsToChange() throws Exception {
        System.setProperty("tracker.home", folder.toString());

        assertThat(HomeCheck.problems()).containsExactly(
                "No rules folder at " + folder.resolve("rules") + ". Start from the folder that holds rules/, or set "
                        + "tracker.home (TRACKER_HOME) to it, or set tracker.rules.folder (TRACKER_RULES_FOLDER).",
                "No seeds folder at " + folder.resolve("seeds") + ". Start from the folder that holds seeds/, or set "
                        + "tracker.home (TRACKER_HOME) to it, or set tracker.seeds.folder (TRACKER_SEEDS_FOLDER).");
        try (Stream<Path> created = Files.list(folder)) {
            assertThat(created).as("nothing is created, data/ least of all").isEmpty();
        }
    }

    @Test
    void aMissingHomeIsNamedAlone() {
        System.setProperty("tracker.home", folder.resolve("nowhere").toString());

        assertThat(HomeCheck.problems()).singleElement().asString()
                .startsWith("The home folder " + folder.resolve("nowhere") + " does not exist.");
    }

    @Test
    void aCompleteHomePassesAndSeedsAreNotNeededWhenNotLoaded() throws Exception {
        System.setProperty("tracker.home", folder.toString());
        Files.createDirectory(folder.resolve("rules"));
        Files.createDirectory(folder.resolve("seeds"));
        assertThat(HomeCheck.problems()).isEmpty();

        Files.delete(folder.resolve("seeds"));
        System.setProperty("tracker.seeds.load-on-start", "false");
        assertThat(HomeCheck.problems()).isEmpty();
    }

    @Test
    void theRepositoryItselfIsAHome() {
        assertThat(HomeCheck.problems()).isEmpty();
    }
}
