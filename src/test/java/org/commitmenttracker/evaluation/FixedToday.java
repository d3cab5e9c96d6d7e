package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.quarkus.test.junit.QuarkusMock;

/** Stands the service on a given day for the rest of one test, so that runs as of that day are current. */
public final class FixedToday extends Today {

    private final LocalDate date;

    private FixedToday(LocalDate date) {
        super(ZoneOffset.UTC);
        this.date = date;
    }

    /** From now until the test ends, today is the given date. */
    public static void is(String date) {
        QuarkusMock.installMockForType(new FixedToday(LocalDate.parse(date)), Today.class);
    }

    @Override
    public LocalDate date() {
        return date;
    }
}
