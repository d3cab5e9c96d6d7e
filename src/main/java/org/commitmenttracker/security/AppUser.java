package org.commitmenttracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** A user who signs in with HTTP Basic: the password is kept only as a bcrypt hash (modular crypt format). */
@Entity
@UserDefinition
@Table(name = "app_user")
public class AppUser {

    @Id
    @Username
    public String username;

    @Password(PasswordType.MCF)
    @Column(nullable = false)
    public String password;

    /** Comma-separated role names. */
    @Roles
    @Column(nullable = false)
    public String roles;
}
