package org.commitmenttracker.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commitmenttracker.commitment.CommitmentFacts;
import org.commitmenttracker.event.EventFacts;
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.TriggerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Runs the scenario files of a folder (rules/tests) against a rule base: one result per check. */
public final class ScenarioRunner {

    public static final String FOLDER = "tests";
    private static final YAMLMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ScenarioRunner() {
    }

    /** Every check of every *.yaml file in the folder, in file order; no files, no results. */
    public static List<ScenarioResult> runAll(RuleBase rules, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ScenarioResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                results.addAll(run(rules, file));
            }
        }
        return results;
    }

    /** Every check of one scenario file. */
    public static List<ScenarioResult> run(RuleBase rules, Path file) throws IOException {
        String name = file.getFileName().toString();
        Scenario scenario;
        List<CommitmentFact> commitments;
        List<EventFact> events;
        try {
            scenario = YAML.readValue(file.toFile(), Scenario.class);
            CommitmentFacts commitmentFacts = new CommitmentFacts(rules.vocabulary());
            EventFacts eventFacts = new EventFacts(rules.vocabulary());
            Map<String, TriggerRecord> records = scenario.triggersMet().stream().collect(Collectors.toMap(
                    Scenario.TriggerMet::commitment, t -> new TriggerRecord(t.on(), t.citation()), (a, b) -> b));
            commitments = scenario.commitments().stream()
                    .map(c -> commitmentFacts.toFact(c.toEntity(), records.get(c.id()))).toList();
            events = scenario.events().stream().map(e -> eventFacts.toFact(e.toEntity())).toList();
        } catch (JsonProcessingException | RuntimeException e) {
            return List.of(new ScenarioResult(name, null, null, List.of(), "cannot be read: " + e.getMessage()));
        }
        return scenario.checks().stream().map(check -> {
            List<EventFact> known = events.stream().filter(e -> !e.getDate().isAfter(check.asOf())).toList();
            List<CommitmentFact> stated = commitments.stream()
                    .filter(c -> !c.getStatedOn().isAfter(check.asOf())).toList();
            Map<String, Decision> decided = rules.decide(stated, known, check.asOf()).stream()
                    .collect(Collectors.toMap(Decision::commitmentId, Function.identity()));
            return new ScenarioResult(name, scenario.description(), check.asOf(),
                    check.expect().stream().map(x -> verdict(x, decided.get(x.commitment()))).toList(), null);
        }).toList();
    }

    private static ScenarioResult.Verdict verdict(Scenario.Expectation expected, Decision actual) {
        if (actual == null) {
            return new ScenarioResult.Verdict(expected.commitment(), expected.status(), expected.rule(), null, null,
                    "no such commitment stated by this date");
        }
        return new ScenarioResult.Verdict(expected.commitment(), expected.status(), expected.rule(), actual.status(),
                actual.rule(), actual.explanation());
    }
}
