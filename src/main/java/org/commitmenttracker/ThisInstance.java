package org.commitmenttracker;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The name this instance gives itself in records that several instances share: {@code tracker.instance-name}, or
 * its host name and process id.
 */
@ApplicationScoped
public class ThisInstance {

    private final String name;

    public ThisInstance(TrackerConfig config) {
        this.name = config.instanceName().orElseGet(ThisInstance::hostAndProcess);
    }

    public String name() {
        return name;
    }

    /**
     * Whether another instance's default name ("host/pid") names a process on this host that no longer runs: work
     * recorded as running there was interrupted. False for configured names, which say nothing of a process.
     */
    public boolean stoppedOnThisHost(String otherName) {
        if (otherName == null || otherName.equals(name)) {
            return false;
        }
        int slash = otherName.lastIndexOf('/');
        if (slash <= 0 || !otherName.substring(0, slash).equals(host())) {
            return false;
        }
        try {
            long pid = Long.parseLong(otherName.substring(slash + 1));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException notAProcessId) {
            return false;
        }
    }

    private static String hostAndProcess() {
        return host() + "/" + ProcessHandle.current().pid();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
