package org.commitmenttracker.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GDELT 2.0's file lists ({@code lastupdate.txt}, {@code masterfilelist.txt}): one file a line, "size MD5 URL",
 * separated by spaces. The events exports are the files whose names end ".export.CSV.zip".
 */
final class GdeltFileList {

    /** One listed file. */
    record Listed(long size, String md5, String url) {
        boolean isEventsExport() {
            return url.toLowerCase(Locale.ROOT).endsWith(".export.csv.zip");
        }

        /** The file's name, the last segment of its URL ("20250101120000.export.CSV.zip"). */
        String name() {
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }

    private GdeltFileList() {
    }

    /** The events exports the list names, in its order; a line that is not "size MD5 URL" is refused with its number. */
    static List<Listed> eventsExports(byte[] list) {
        List<Listed> exports = new ArrayList<>();
        String[] lines = new String(list, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Listed listed = parse(line, i + 1);
            if (listed.isEventsExport()) {
                exports.add(listed);
            }
        }
        return exports;
    }

    private static Listed parse(String line, int number) {
        String[] fields = line.split("\\s+");
        if (fields.length != 3 || !fields[0].matches("\\d{1,12}") || !fields[1].matches("[0-9a-fA-F]{32}")
                || !fields[2].matches("https?://\\S+")) {
            throw new FeedFetcher.FetchFailed("line " + number + " of the file list is not 'size MD5 URL': '"
                    + (line.length() > 200 ? line.substring(0, 200) + "…" : line) + "'");
        }
        return new Listed(Long.parseLong(fields[0]), fields[1].toLowerCase(Locale.ROOT), fields[2]);
    }
}
