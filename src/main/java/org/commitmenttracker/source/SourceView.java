package org.commitmenttracker.source;

import java.time.LocalDate;

/** A release as the API shows it. */
public record SourceView(String id, String publisher, LocalDate statedOn, String title, String fileName, String url) {

    public static SourceView of(Source s) {
        return new SourceView(s.id, s.publisher, s.statedOn, s.title, s.fileName, s.url);
    }
}
