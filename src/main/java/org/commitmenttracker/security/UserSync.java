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
 */
@ApplicationScoped
public class UserSync {

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN);

    private final TrackerConfig config;
    private final AppUserRepository users;

    public UserSync(TrackerConfig config, AppUserRepository users) {
        this.config = config;
        this.users = users;
    }

    @Transactional
    public void syncFromConfiguration() {
        Map<String, TrackerConfig.User> configured = config.users();
        users.delete("username not in ?1", configured.isEmpty() ? Set.of("") : configured.keySet());
        configured.forEach(this::store);
        if (configured.isEmpty()) {
            Log.warn("No users are configured (tracker.users.<name>.password and .roles): only bearer tokens from "
                    + "an OIDC provider, if one is configured, can call the API");
        } else {
            Log.infof("Users: %s", configured.keySet());
        }
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
