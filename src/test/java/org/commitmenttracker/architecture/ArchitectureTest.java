package org.commitmenttracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Which package may use which (docs/architecture.md). The main code breaks none of the rules; the fixtures show each
 * rule refusing a wrong import, in the words a newcomer reads when the build fails.
 */
class ArchitectureTest {

    private static final String BASE = "org.commitmenttracker";
    private static final String FIXTURES = "org.commitmenttracker.architecture.fixture";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    private static final JavaClasses WRONG = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void dependenciesPointDownTheLayers() {
        Architecture.layers(BASE).check(MAIN);
    }

    @Test
    void noTwoPackagesUseEachOther() {
        Architecture.noCyclesWithinLayers(BASE).check(MAIN);
    }

    @Test
    void resourcesCallServicesNotRepositories() {
        Architecture.resourcesGoThroughServices().check(MAIN);
    }

    @Test
    void theRuleEngineUsingAWebPageIsRefusedInWords() {
        assertRefused(Architecture.layers(FIXTURES), "Dependencies point down", "ReachesUp", "APage");
    }

    @Test
    void evaluationReadingAFeaturesRepositoryIsRefused() {
        assertRefused(Architecture.layers(FIXTURES), "Dependencies point down", "ReadsAFeature", "ThingRepository");
    }

    @Test
    void theVocabularyUsingTheRuleEngineIsRefused() {
        assertRefused(Architecture.layers(FIXTURES), "Dependencies point down", "AsksTheEngine", "ReachesUp");
    }

    @Test
    void twoPackagesUsingEachOtherAreRefused() {
        assertRefused(Architecture.noCyclesWithinLayers(FIXTURES), "No two packages of a layer use each other",
                "AnAlert", "AnEvent");
    }

    @Test
    void aResourceReadingARepositoryIsRefused() {
        assertRefused(Architecture.resourcesGoThroughServices(), "never a repository", "ThingResource",
                "ThingRepository");
    }

    private static void assertRefused(ArchRule rule, String... words) {
        EvaluationResult result = rule.evaluate(WRONG);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(words);
    }
}
