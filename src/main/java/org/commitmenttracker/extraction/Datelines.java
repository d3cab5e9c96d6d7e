package org.commitmenttracker.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a news item's dateline ("WASHINGTON, March 31 (Reuters) -", "Beijing, May 2 (Xinhua) --", "(VOVWORLD) -"),
 * which separates a headline run into its body from the body, when a page gives all three on one line.
 */
final class Datelines {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")(?:,?\\s+\\d{4})?";
    private static final String AGENCY = "\\((?:[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,3})\\)";
    private static final String CAPS_CITY = "[A-Z][A-Z.'’-]{2,}(?:\\s+[A-Z][A-Z.'’-]+){0,2}";
    private static final String CITY = "[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}";
    private static final String DASH = "\\s*(?:[-–—]{1,2}|:)\\s+";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<![\\w,])(?:" + CAPS_CITY + "(?:,\\s*" + CITY + ")?(?:,\\s*" + DATE + "\\s*(?:" + AGENCY + ")?|\\s*"
            + AGENCY + ")" + "|" + CITY + ",\\s*" + DATE + "\\s*" + AGENCY + "|" + AGENCY + ")" + DASH);
    private static final int WITHIN = 400;

    private Datelines() {
    }

    /** The first dateline near the paragraph's start, or null. */
    static Matcher find(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        m.region(0, Math.min(paragraph.length(), WITHIN));
        return m.find() ? m : null;
    }
}
