package org.commitmenttracker.rules;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.ThisInstance;

/**
 * The record of which rules version is active across every instance sharing the database. Remembers the latest
 * activation this instance has seen (its own or one it followed), so that it follows only newer ones: an activation
 * this instance has just made is not yet committed when its follower looks, and must not be mistaken for older rules.
 */
@ApplicationScoped
public class RulesActivations {

    private final RulesActivationRepository activations;
    private final ThisInstance instance;
    private final AtomicLong lastSeen = new AtomicLong();

    public RulesActivations(RulesActivationRepository activations, ThisInstance instance) {
        this.activations = activations;
        this.instance = instance;
    }

    /** Records, in the caller's transaction, that this instance activated the version, unless it is the latest. */
    void record(String version, String by) {
        Optional<RulesActivation> latest = activations.latest();
        if (latest.isPresent() && latest.get().version.equals(version)) {
            seen(latest.get());
            return;
        }
        RulesActivation activation = new RulesActivation();
        activation.version = version;
        activation.activatedAt = Instant.now();
        activation.activatedBy = by;
        activation.instance = instance.name();
        activations.persist(activation);
        activations.flush();
        seen(activation);
    }

    /** The latest activation of any instance: the version every instance should serve. */
    Optional<RulesActivation> latest() {
        return activations.latest();
    }

    /** The latest activation, when it is newer than every one this instance has seen; marks it seen. */
    Optional<RulesActivation> unseen() {
        return activations.latest().filter(a -> a.id > lastSeen.get()).map(a -> {
            seen(a);
            return a;
        });
    }

    private void seen(RulesActivation activation) {
        lastSeen.accumulateAndGet(activation.id, Math::max);
    }
}
