package org.commitmenttracker.event;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.http.Ids;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

/** Records events and reads them back. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    private final EventRepository events;

    public EventService(EventRepository events) {
        this.events = events;
    }

    public Optional<EventView> findEventById(String id) {
        return events.findByIdOptional(id).map(EventView::of);
    }

    public boolean existsById(String id) {
        return events.findByIdOptional(id).isPresent();
    }

    public Page<EventView> searchEvents(EventFilter filter, PageRequest page) {
        return events.search(filter, page).map(EventView::of);
    }

    @Transactional
    public EventView persistEvent(@Valid EventInput input) {
        if (input.id() != null && existsById(input.id())) {
            throw new ClientErrorException("An event with id '" + input.id() + "' already exists.",
                    Response.Status.CONFLICT);
        }
        Event event = new Event();
        event.id = input.id() != null ? input.id() : Ids.newId("e");
        event.date = input.date();
        event.type = input.type();
        event.title = input.title().strip();
        event.participants.addAll(input.participants());
        event.topics.addAll(input.topics());
        event.citation = input.citation().strip();
        event.note = input.note();
        event.createdAt = Instant.now();
        events.persist(event);
        return EventView.of(event);
    }
}
