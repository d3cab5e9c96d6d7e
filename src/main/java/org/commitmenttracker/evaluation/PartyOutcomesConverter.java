package org.commitmenttracker.evaluation;

import jakarta.persistence.Converter;

import org.commitmenttracker.persistence.JsonListConverter;
import org.commitmenttracker.rules.PartyDecision;

/** Stores each actor's verdict on a commitment whose actors act separately; null when it is judged jointly. */
@Converter
public class PartyOutcomesConverter extends JsonListConverter<PartyDecision> {

    public PartyOutcomesConverter() {
        super(PartyDecision.class, true);
    }
}
