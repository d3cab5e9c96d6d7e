package org.commitmenttracker.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AppUserRepository implements PanacheRepositoryBase<AppUser, String> {
}
