package org.commitmenttracker.source;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {
}
