package org.commitmenttracker.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.evaluation.InputsChanged;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.vocabulary.TermResolver;
import org.commitmenttracker.vocabulary.Vocabulary;

/** Records events and reads them back. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    private final EventRepository events;
    private final AuditLog audit;
    private final TermResolver vocabulary;

    private final jakarta.enterprise.event.Event<InputsChanged> recorded;

    public EventService(EventRepository events, AuditLog audit, TermResolver vocabulary,
                        jakarta.enterprise.event.Event<InputsChanged> recorded) {
        this.recorded = recorded;
        this.events = events;
        this.audit = audit;
        this.vocabulary = vocabulary;
    }

    public Optional<EventView> findEventById(String id) {
        return events.findByIdOptional(id).map(EventView::of);
    }

    /** The events with the given ids that exist, oldest first, in one query. */
    public List<EventView> findEventsByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : events.list("id in ?1 order by date, id", ids).stream().map(EventView::of).toList();
    }

    public boolean existsById(String id) {
        return events.findByIdOptional(id).isPresent();
    }

    /** Events matching the filter, whose actor, topic and type may be given in any words the vocabulary resolves. */
    public Page<EventView> searchEvents(EventFilter filter, PageRequest page) {
        EventFilter byConcept = new EventFilter(filter.from(), filter.to(),
                vocabulary.storedForm(Vocabulary.PARTIES, filter.actor()),
                vocabulary.storedForm(Vocabulary.TOPICS, filter.topic()),
                vocabulary.storedForm(Vocabulary.EVENT_TYPES, filter.type()));
        return events.search(byConcept, page).map(EventView::of);
    }

    @Transactional
    public EventView persistEvent(@Valid EventInput input) {
        if (input.id() != null && existsById(input.id())) {
            throw new ClientErrorException("An event with id '" + input.id() + "' already exists.",
                    Response.Status.CONFLICT);
        }
        TermResolver.Terms terms = vocabulary.begin();
        Event event = input.resolvedBy(terms).toEntity();
        event.termsAsGiven.addAll(terms.notesOrRefuse());
        events.persist(event);
        audit.record(AuditEntry.Action.EVENT_CREATED, "event", event.id, event.type + " on " + event.date + ": " + event.title);
        recorded.fire(InputsChanged.eventRecorded(event.id));
        return EventView.of(event).withWarnings(terms.warnings());
    }
}
