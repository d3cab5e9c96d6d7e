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

    private static String hostAndProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
