package org.commitmenttracker.seed;

/** A seed file could not be read or holds an invalid record; the message names the file and the record. */
public class SeedException extends RuntimeException {

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
