package org.commitmenttracker.source;

import java.util.List;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;

/** Registers and reads releases. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceService {

    private final SourceRepository sources;
    private final AuditLog audit;

    public SourceService(SourceRepository sources, AuditLog audit) {
        this.sources = sources;
        this.audit = audit;
    }

    public Optional<Source> findSourceById(String id) {
        return sources.findByIdOptional(id);
    }

    public List<Source> listSources() {
        return sources.listAll(io.quarkus.panache.common.Sort.by("statedOn").and("id"));
    }

    /** One page of the sources, oldest release first. */
    public Page<Source> searchSources(PageRequest page) {
        var query = sources.findAll(io.quarkus.panache.common.Sort.by("statedOn").and("id")).page(page.toPanache());
        return new Page<>(query.list(), query.count(), page.page(), page.size());
    }

    @Transactional
    public Source persistSource(@Valid SourceInput input) {
        if (sources.findByIdOptional(input.id()).isPresent()) {
            throw new ClientErrorException("A source with id '" + input.id() + "' already exists.", Response.Status.CONFLICT);
        }
        Source source = input.toEntity();
        sources.persist(source);
        audit.record(AuditEntry.Action.SOURCE_CREATED, "source", source.id, source.title);
        return source;
    }
}
