package org.commitmenttracker.rules;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RulesActivationRepository implements PanacheRepository<RulesActivation> {

    /** The activation with the highest id: the rules version every instance should serve. */
    public Optional<RulesActivation> latest() {
        return find("order by id desc").firstResultOptional();
    }
}
