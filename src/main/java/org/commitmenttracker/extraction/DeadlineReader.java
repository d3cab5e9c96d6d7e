package org.commitmenttracker.extraction;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the last day to act from a clause: a day ("by 15 March 2022", "March 15, 2022"), a month, perhaps with
 * "early", "mid" or "late" ("in early December 2021"), a year or part of one ("by the end of 2022", "in the third quarter of 2026"), a time
 * from the statement ("within six months", "over the next year", "next year", "the first half of next year"); a
 * day or a range of days without a year ("on September 3-4", "2-4 September") is in the statement's year. Each reading carries a note in the release's words, since staff must be able
 * to check how a vague phrase was read: early is the 10th, mid the 20th, late and plain the month's last day.
 */
public final class DeadlineReader {

    /** A deadline and how it was read; a time left open ("at a mutually convenient date") has a note and no day. */
    public record Reading(LocalDate deadline, String note) {
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(?:by|before|on|until|no later than)\\s+"
            + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b(?:by|before|on|until|no later than)\\s+"
            + "(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(by|before|in|until|during|within)\\s+"
            + "(?:the\\s+)?(early|mid|mid-|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of)?"
            + "[\\s-]*(" + MONTHS + ")\\.?\\s+((?:19|20)\\d\\d)\\b");
    /** A part of a year: "early", "the end of", "the first half of", "the third quarter of". */
    private static final String PART_OF_YEAR = "early|mid|mid-|late|the\\s+end\\s+of|end\\s+of|(?:the\\s+)?(?:first|second)"
            + "\\s+half\\s+of|(?:the\\s+)?(?:first|second|third|fourth)\\s+quarter\\s+of";
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(by|before|in|until|during|within)\\s+(?:the\\s+)?"
            + "(" + PART_OF_YEAR + ")?[\\s-]*((?:19|20)\\d\\d)\\b(?![-–/]\\d)(?!\\s+[A-Z])");
    private static final Pattern WITHIN = Pattern.compile("(?i)\\b(?:within\\s+(?:the\\s+(?:next|coming)\\s+)?|(?:over|in|"
            + "during)\\s+the\\s+(?:next|coming)\\s+)(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|eighteen|twenty-four)?\\s*(day|week|month|year)s?\\b");
    /** "at a mutually convenient date": a time left open on purpose, read as no deadline, with a note. */
    private static final Pattern CONVENIENT = Pattern.compile("(?i)\\b(?:at|on|in)\\s+(?:a|the)\\s+(?:mutually\\s+)?"
            + "(?:convenient|agreed|suitable)\\s+(?:date|time|dates|times)\\b|\\bat\\s+(?:an\\s+)?early\\s+date\\b");
    /** "2-4 September 2013", "on 3 September": a day, or the last day of a range, the year the statement's own. */
    private static final Pattern DAYS_MONTH = Pattern.compile("(?i)\\b(?:(?:by|before|on|until|from)\\s+(?:the\\s+)?"
            + "(?:\\d{1,2}\\s*[-–]\\s*)?|\\d{1,2}\\s*[-–]\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS
            + ")\\b\\.?(?:,?\\s+((?:19|20)\\d\\d)\\b)?");
    /** "on September 3-4", "by March 15": the last day named, the year the statement's own unless given. */
    private static final Pattern MONTH_DAYS = Pattern.compile("(?i)\\b(?:by|before|on|until|from)\\s+(" + MONTHS
            + ")\\.?\\s+(?:\\d{1,2}\\s*[-–]\\s*)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[-–]\\d)(?:,?\\s+((?:19|20)\\d\\d)\\b)?");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:by\\s+|in\\s+|before\\s+|during\\s+|within\\s+)?"
            + "(?:the\\s+)?(" + PART_OF_YEAR + ")?[\\s-]*(this|next)\\s+(year|month)\\b");
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    private DeadlineReader() {
    }

    /** The first deadline the clause names, read against the day it was stated. */
    public static Optional<Reading> read(String clause, LocalDate statedOn) {
        Matcher m = CONVENIENT.matcher(clause);
        if (m.find()) {
            return Optional.of(new Reading(null, "The release says \"" + m.group() + "\": no date was set."));
        }
        m = DAY_MONTH_YEAR.matcher(clause);
        if (m.find()) {
            return day(m.group(), Integer.parseInt(m.group(3)), m.group(2), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(clause);
        if (m.find()) {
            return day(m.group(), Integer.parseInt(m.group(3)), m.group(1), Integer.parseInt(m.group(2)));
        }
        m = MONTH_YEAR.matcher(clause);
        if (m.find()) {
            return Optional.of(month(m.group(), YearMonth.of(Integer.parseInt(m.group(4)), month(m.group(3))),
                    m.group(2)));
        }
        m = YEAR.matcher(clause);
        if (m.find()) {
            return Optional.of(year(m.group(), Integer.parseInt(m.group(3)), m.group(2)));
        }
        m = DAYS_MONTH.matcher(clause);
        if (m.find() && (m.group(3) != null || statedOn != null)) {
            return day(m.group(), m.group(3) == null ? statedOn.getYear() : Integer.parseInt(m.group(3)), m.group(2),
                    Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAYS.matcher(clause);
        if (m.find() && (m.group(3) != null || statedOn != null)) {
            return day(m.group(), m.group(3) == null ? statedOn.getYear() : Integer.parseInt(m.group(3)), m.group(1),
                    Integer.parseInt(m.group(2)));
        }
        m = WITHIN.matcher(clause);
        if (m.find() && statedOn != null) {
            return Optional.of(within(m.group(), m.group(1) == null ? 1 : number(m.group(1)),
                    m.group(2).toLowerCase(Locale.ROOT), statedOn));
        }
        m = RELATIVE.matcher(clause);
        if (m.find() && statedOn != null) {
            return Optional.of(relative(m.group(), m.group(2).equalsIgnoreCase("next"), m.group(3), m.group(1),
                    statedOn));
        }
        return Optional.empty();
    }

    private static Optional<Reading> day(String words, int year, String month, int day) {
        try {
            LocalDate date = LocalDate.of(year, month(month), day);
            return Optional.of(new Reading(date, "The release says \"" + words.strip() + "\"."));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Reading month(String words, YearMonth month, String part) {
        String when = part == null ? "" : part.toLowerCase(Locale.ROOT).replace("-", "").replaceAll("\\s+", " ");
        LocalDate date = switch (when) {
            case "early", "the beginning of", "beginning of" -> month.atDay(10);
            case "mid" -> month.atDay(20);
            default -> month.atEndOfMonth();
        };
        return new Reading(date, note(words, date));
    }

    private static Reading year(String words, int year, String part) {
        String when = part == null ? "" : part.toLowerCase(Locale.ROOT).replace("-", "").replaceAll("\\s+", " ")
                .replaceFirst("^the ", "");
        LocalDate date = switch (when) {
            case "early" -> LocalDate.of(year, 4, 30);
            case "first quarter of" -> LocalDate.of(year, 3, 31);
            case "mid", "first half of", "second quarter of" -> LocalDate.of(year, 6, 30);
            case "third quarter of" -> LocalDate.of(year, 9, 30);
            default -> LocalDate.of(year, 12, 31);
        };
        return new Reading(date, note(words, date));
    }

    private static Reading within(String words, int amount, String unit, LocalDate statedOn) {
        LocalDate date = switch (unit) {
            case "day" -> statedOn.plusDays(amount);
            case "week" -> statedOn.plusWeeks(amount);
            case "month" -> statedOn.plusMonths(amount);
            default -> statedOn.plusYears(amount);
        };
        return new Reading(date, note(words, date) + " Counted from the day of the statement.");
    }

    private static Reading relative(String words, boolean next, String unit, String part, LocalDate statedOn) {
        Reading read = unit.equalsIgnoreCase("year")
                ? year(words, statedOn.getYear() + (next ? 1 : 0), part)
                : month(words, YearMonth.from(statedOn).plusMonths(next ? 1 : 0), part);
        return new Reading(read.deadline(), read.note() + " Counted from the day of the statement.");
    }

    private static String note(String words, LocalDate date) {
        return "The release says \"" + words.strip() + "\"; read as by " + date.getDayOfMonth() + " "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear() + ".";
    }

    private static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        if (w.equals("eighteen")) {
            return 18;
        }
        if (w.equals("twenty-four")) {
            return 24;
        }
        for (int i = 0; i < NUMBERS.length; i++) {
            if (NUMBERS[i].equals(w)) {
                return i;
            }
        }
        return Integer.parseInt(w);
    }
}
