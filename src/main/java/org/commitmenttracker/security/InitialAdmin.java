package org.commitmenttracker.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerHome;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;

/**
 * The first user when configuration names none, as Jenkins does it: "admin", with every role and a random password
 * written to data/initial-admin-password (readable by its owner only), which the log points to. Configured users
 * replace it.
 */
@ApplicationScoped
class InitialAdmin {

    static final String NAME = "admin";
    static final String ROLES = String.join(",", Roles.STAFF, Roles.AUDITOR, Roles.RULES_ADMIN);

    private final AppUserRepository users;
    private final Path passwordFile;
    private final SecureRandom random = new SecureRandom();

    InitialAdmin(AppUserRepository users, TrackerHome home) {
        this.users = users;
        this.passwordFile = home.resolve("data/initial-admin-password");
    }

    /** Keeps the admin made at an earlier start, or makes one; runs in the caller's transaction. */
    void ensure() {
        if (users.findByIdOptional(NAME).isPresent()) {
            Log.infof("No users are configured: signing in as '%s'%s", NAME, Files.exists(passwordFile)
                    ? " with the password in " + passwordFile : " (its password file was removed)");
            return;
        }
        String password = randomPassword();
        AppUser admin = new AppUser();
        admin.username = NAME;
        admin.password = BcryptUtil.bcryptHash(password);
        admin.roles = ROLES;
        users.persist(admin);
        write(password);
        Log.warnf("No users are configured: created user '%s' with every role; its password is in %s. Configure "
                + "users (tracker.users.<name>.password and .roles) to replace it.", NAME, passwordFile);
    }

    private String randomPassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void write(String password) {
        try {
            Files.createDirectories(passwordFile.getParent());
            Files.deleteIfExists(passwordFile);
            if (passwordFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(passwordFile, password + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password to " + passwordFile, e);
        }
    }
}
