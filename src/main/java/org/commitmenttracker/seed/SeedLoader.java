package org.commitmenttracker.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;

import org.commitmenttracker.commitment.CommitmentInput;
import org.commitmenttracker.commitment.CommitmentService;
import org.commitmenttracker.event.EventInput;
import org.commitmenttracker.event.EventService;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.source.SourceService;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Loads seeds/*.yaml through the same services and validation as the REST API. Records whose id is already stored
 * are left alone, so a second load adds nothing and changes nothing; one bad record refuses the whole load.
 */
@ApplicationScoped
public class SeedLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final SourceService sources;
    private final CommitmentService commitments;
    private final EventService events;

    public SeedLoader(SourceService sources, CommitmentService commitments, EventService events) {
        this.sources = sources;
        this.commitments = commitments;
        this.events = events;
    }

    /** The seed files of a folder, in name order. */
    public static List<Path> seedFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** Reads one seed file. */
    public static SeedFile read(Path file) throws IOException {
        return YAML.readValue(file.toFile(), SeedFile.class);
    }

    @Transactional
    public SeedReport load(Path folder) {
        SeedReport total = new SeedReport(0, 0, 0, 0, 0);
        try {
            for (Path file : seedFiles(folder)) {
                total = total.plus(loadFile(file));
            }
        } catch (IOException e) {
            throw new SeedException("Seeds could not be read from " + folder + ": " + e.getMessage(), e);
        }
        return total;
    }

    private SeedReport loadFile(Path file) throws IOException {
        SeedFile seed = read(file);
        if (seed.source() == null) {
            throw new SeedException(file + ": a seed file needs a source", null);
        }
        String sourceId = seed.source().id();
        int skipped = 0;
        int sourcesAdded = 0;
        if (sources.findSourceById(sourceId).isEmpty()) {
            store(file, "source", () -> sources.persistSource(seed.source()));
            sourcesAdded = 1;
        } else {
            skipped++;
        }
        int commitmentsAdded = 0;
        for (int i = 0; i < seed.commitments().size(); i++) {
            CommitmentInput input = seed.commitments().get(i).citing(sourceId, seed.source().statedOn());
            requireId(file, "commitments[" + i + "]", input.id());
            if (commitments.existsById(input.id())) {
                skipped++;
            } else {
                store(file, "commitment " + input.id(), () -> commitments.persistCommitment(input));
                commitmentsAdded++;
            }
        }
        int eventsAdded = 0;
        for (int i = 0; i < seed.events().size(); i++) {
            EventInput input = seed.events().get(i).citing(sourceId);
            requireId(file, "events[" + i + "]", input.id());
            if (events.existsById(input.id())) {
                skipped++;
            } else {
                store(file, "event " + input.id(), () -> events.persistEvent(input));
                eventsAdded++;
            }
        }
        return new SeedReport(1, sourcesAdded, commitmentsAdded, eventsAdded, skipped);
    }

    private static void requireId(Path file, String record, String id) {
        if (id == null) {
            throw new SeedException(file + ": " + record + " needs an id, so that loading twice adds nothing", null);
        }
    }

    private static void store(Path file, String record, Runnable persist) {
        try {
            persist.run();
        } catch (ConstraintViolationException e) {
            String problems = e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; "));
            throw new SeedException(file + ": " + record + " is invalid: " + problems, e);
        } catch (InvalidRequestException e) {
            throw new SeedException(file + ": " + record + " is invalid: " + e.getMessage(), e);
        }
    }
}
