package org.commitmenttracker.rules;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StoredRulesVersionRepository implements PanacheRepositoryBase<StoredRulesVersion, String> {
}
