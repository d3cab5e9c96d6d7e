package org.commitmenttracker.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.Slice;

/**
 * The layers of docs/architecture.md as rules, each saying in words what it forbids. Packages are matched by their
 * last names ("..rules.."), so that the test's own fixtures can show a rule broken.
 */
final class Architecture {

    /** Classes of the top package that start the service or a command; the others there are configuration. */
    private static final Set<String> BOOTSTRAP = Set.of("Main", "Startup", "WarmUpCommand", "HomeCheck");

    private Architecture() {
    }

    static ArchRule layers(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Web pages").definedBy("..web..")
                .layer("Start-up").definedBy(describe("the classes that start the service or a command",
                        (JavaClass c) -> c.getPackageName().equals(base) && BOOTSTRAP.contains(c.getSimpleName())))
                .layer("Features").definedBy(FEATURES.stream().map(p -> ".." + p + "..").toArray(String[]::new))
                .layer("Evaluation").definedBy("..evaluation..")
                .layer("Rule engine").definedBy("..rules..")
                .layer("Vocabulary").definedBy("..vocabulary..")
                .layer("Basics").definedBy(describe("http, persistence, security, audit, health and configuration",
                        (JavaClass c) -> BASICS.stream().anyMatch(p -> c.getPackageName().equals(base + "." + p)
                                || c.getPackageName().startsWith(base + "." + p + "."))
                                || c.getPackageName().equals(base) && !BOOTSTRAP.contains(c.getSimpleName())))
                .whereLayer("Web pages").mayNotBeAccessedByAnyLayer()
                .whereLayer("Start-up").mayNotBeAccessedByAnyLayer()
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Web pages", "Start-up")
                .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("Web pages", "Start-up", "Features")
                .whereLayer("Rule engine").mayOnlyBeAccessedByLayers("Web pages", "Start-up", "Features", "Evaluation")
                .whereLayer("Vocabulary").mayOnlyBeAccessedByLayers("Web pages", "Start-up", "Features", "Evaluation",
                        "Rule engine")
                .as("Dependencies point down: web pages -> start-up -> features -> evaluation -> rule engine -> "
                        + "vocabulary -> basics (docs/architecture.md); a class may not use one of a layer above it");
    }

    /** The features, and the basics: the layers of several packages, where the layer rule allows any direction. */
    static final Set<String> FEATURES = Set.of("alert", "commitment", "event", "extraction", "feed", "intake", "seed",
            "source", "suggestion", "trigger", "scenario", "scorecard");
    static final Set<String> BASICS = Set.of("http", "persistence", "security", "audit", "health");

    /**
     * Between layers, a loop needs an arrow going up, which the layer rule refuses; inside the layers of several
     * packages, this rule refuses the loops.
     */
    static ArchRule noCyclesWithinLayers(String base) {
        return slices().matching(base + ".(*)..").that(describe("packages of one layer",
                        (Slice slice) -> FEATURES.contains(slice.getNamePart(1))
                                || BASICS.contains(slice.getNamePart(1))))
                .should().beFreeOfCycles()
                .as("No two packages of a layer use each other, directly or round a loop");
    }

    static ArchRule resourcesGoThroughServices() {
        return ArchRuleDefinition.noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .as("A REST resource calls services, never a repository: it parses the request and shapes the answer");
    }
}
