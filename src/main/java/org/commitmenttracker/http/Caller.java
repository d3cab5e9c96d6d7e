package org.commitmenttracker.http;

import jakarta.enterprise.context.ApplicationScoped;

/** Who is making the current request. Until authentication exists everyone is "anonymous"; this is its seam. */
@ApplicationScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";

    public String name() {
        return ANONYMOUS;
    }
}
