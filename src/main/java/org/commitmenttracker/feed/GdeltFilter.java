package org.commitmenttracker.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.commitmenttracker.vocabulary.Resolution;
import org.commitmenttracker.vocabulary.Scheme;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * Keeps the rows of a GDELT events export that touch a feed's parties (either actor's CAMEO country or known-group
 * code resolves to one of them) and CAMEO roots (EventRootCode, column 28); an empty filter keeps every row. The rows
 * kept are written as they were, so intake reads them as it reads any GDELT export.
 */
final class GdeltFilter {

    private static final int ACTOR1_COUNTRY = 7;
    private static final int ACTOR1_GROUP = 8;
    private static final int ACTOR2_COUNTRY = 17;
    private static final int ACTOR2_GROUP = 18;
    private static final int ROOT_CODE = 28;

    private final Set<String> parties;
    private final Set<String> roots;
    private final Scheme partyScheme;
    private final Map<String, String> partyOfCode = new HashMap<>();

    GdeltFilter(Set<String> parties, Set<String> roots, Vocabulary vocabulary) {
        this.parties = parties;
        this.roots = roots;
        this.partyScheme = vocabulary.scheme(Vocabulary.PARTIES).orElse(null);
    }

    /** The rows kept, and how many of how many. */
    record Kept(byte[] rows, long kept, long read) {
    }

    /** Filters the one .CSV entry of a GDELT zip; a zip without exactly one entry is refused. */
    Kept fromZip(byte[] zip, long maxExpanded) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || entry.isDirectory()) {
                throw new FeedFetcher.FetchFailed("the archive holds no file (truncated or not a zip)");
            }
            Kept kept = filter(new Bounded(in, maxExpanded));
            if (in.getNextEntry() != null) {
                throw new FeedFetcher.FetchFailed("the archive holds more than one file");
            }
            return kept;
        }
    }

    Kept filter(InputStream csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long read = 0;
        long kept = 0;
        var lines = new java.io.BufferedReader(new java.io.InputStreamReader(csv, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            read++;
            if (keeps(line.split("\t", -1))) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                kept++;
            }
        }
        return new Kept(out.toByteArray(), kept, read);
    }

    /** A row too short to hold the columns is kept: intake then refuses it with its line and why. */
    private boolean keeps(String[] c) {
        if (c.length <= ROOT_CODE) {
            return true;
        }
        boolean rootKept = roots.isEmpty() || roots.contains(c[ROOT_CODE].strip());
        return rootKept && (parties.isEmpty() || touches(c[ACTOR1_COUNTRY], c[ACTOR1_GROUP])
                || touches(c[ACTOR2_COUNTRY], c[ACTOR2_GROUP]));
    }

    private boolean touches(String country, String group) {
        String code = !country.isBlank() ? country.strip() : group.strip();
        return !code.isEmpty() && parties.contains(partyOfCode.computeIfAbsent(code, this::party));
    }

    private String party(String code) {
        return partyScheme == null ? code : partyScheme.resolveCode("cameo", code).map(Resolution::concept)
                .map(c -> c.id()).orElse(code);
    }

    /** An entry's bytes, refused beyond a size (a zip bomb expands a small download into gigabytes). */
    private static final class Bounded extends java.io.FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > max) {
                throw new FeedFetcher.FetchFailed("the archive expands beyond " + max + " bytes");
            }
        }
    }
}
