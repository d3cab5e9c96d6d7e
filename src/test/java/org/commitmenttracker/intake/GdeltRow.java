package org.commitmenttracker.intake;

import java.util.Arrays;

/**
 * A GDELT 2.0 events export row for tests, laid out as the GDELT 2.0 event codebook orders the 61 columns; only the
 * columns the import reads are filled in, the others left blank as GDELT leaves unknown values.
 */
public final class GdeltRow {

    private final String[] columns = new String[GdeltRowReader.COLUMNS];

    private GdeltRow(long id, String sqlDate, String actor1Country, String actor2Country, String eventCode) {
        Arrays.fill(columns, "");
        columns[0] = String.valueOf(id);
        columns[1] = sqlDate;
        columns[2] = sqlDate.substring(0, 6);
        columns[3] = sqlDate.substring(0, 4);
        columns[6] = actor1Country.isEmpty() ? "" : "ACTOR " + actor1Country;
        columns[7] = actor1Country;
        columns[16] = actor2Country.isEmpty() ? "" : "ACTOR " + actor2Country;
        columns[17] = actor2Country;
        columns[25] = "1";
        columns[26] = eventCode;
        columns[27] = eventCode.substring(0, Math.min(3, eventCode.length()));
        columns[28] = eventCode.substring(0, Math.min(2, eventCode.length()));
        columns[31] = "1";
        columns[32] = "1";
        columns[33] = "1";
        columns[59] = sqlDate + "120000";
        columns[60] = "https://news.example/" + id;
    }

    public static GdeltRow of(long id, String sqlDate, String actor1Country, String actor2Country, String eventCode) {
        return new GdeltRow(id, sqlDate, actor1Country, actor2Country, eventCode);
    }

    public GdeltRow counts(int mentions, int sources, int articles) {
        columns[31] = String.valueOf(mentions);
        columns[32] = String.valueOf(sources);
        columns[33] = String.valueOf(articles);
        return this;
    }

    GdeltRow knownGroup1(String code) {
        columns[7] = "";
        columns[8] = code;
        return this;
    }

    GdeltRow set(int column, String value) {
        columns[column] = value;
        return this;
    }

    public String line() {
        return String.join("\t", columns);
    }

    public static String file(GdeltRow... rows) {
        StringBuilder out = new StringBuilder();
        for (GdeltRow row : rows) {
            out.append(row.line()).append('\n');
        }
        return out.toString();
    }
}
