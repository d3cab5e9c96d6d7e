package org.commitmenttracker.security;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.TrackerConfig;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;

/**
 * Makes the stored users match configuration at start: each {@code tracker.users.<name>} is created or updated
 * (its password bcrypt-hashed unless already given as a bcrypt hash), and users no longer configured are removed.
 * With none configured, the only user is the initial admin (see {@link InitialAdmin}).
 */
@ApplicationScoped
public class UserSync {

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN);

    private final TrackerConfig config;
    private final AppUserRepository users;
    private final InitialAdmin initialAdmin;

    public UserSync(TrackerConfig config, AppUserRepository users, InitialAdmin initialAdmin) {
        this.initialAdmin = initialAdmin;
        this.config = config;
        this.users = users;
    }

    @Transactional
    public void syncFromConfiguration() {
        Map<String, TrackerConfig.User> configured = config.users();
        if (configured.isEmpty()) {
            users.delete("username <> ?1", InitialAdmin.NAME);
            initialAdmin.ensure();
            return;
        }
        users.delete("username not in ?1", configured.keySet());
        configured.forEach(this::store);
        Log.infof("Users: %s", configured.keySet());
    }

    private void store(String username, TrackerConfig.User configured) {
        configured.roles().stream().filter(role -> !KNOWN_ROLES.contains(role)).findFirst().ifPresent(role -> {
            throw new IllegalStateException("tracker.users." + username + ".roles: unknown role '" + role
                    + "'; known roles are " + KNOWN_ROLES);
        });
        AppUser user = users.findByIdOptional(username).orElseGet(AppUser::new);
        String secret = configured.password();
        if (user.password == null || !matches(secret, user.password)) {
            user.password = isBcryptHash(secret) ? secret : BcryptUtil.bcryptHash(secret);
        }
        user.username = username;
        user.roles = String.join(",", configured.roles());
        users.persist(user);
    }

    private static boolean matches(String configured, String storedHash) {
        return isBcryptHash(configured) ? configured.equals(storedHash) : BcryptUtil.matches(configured, storedHash);
    }

    private static boolean isBcryptHash(String secret) {
        return secret.matches("\\$2[aby]?\\$\\d{2}\\$.{53}");
    }
}
