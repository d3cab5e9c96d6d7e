package org.commitmenttracker.rules;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The word lists rule authors tune for reading releases, in {@code extraction/words.yaml}: capitalised words that
 * are never a person's name ({@code notNames}: titles, offices, months) and words of countries' names that name no
 * country on their own ({@code notCountryWords}: "Africa" of South Africa, "Great" of Great Britain), and
 * abbreviations a sentence does not end after ({@code abbreviations}: "Dy", "U.S", without their last full stop).
 * Each entry is one word; a problem is reported with its line and column.
 */
public record WordLists(Set<String> notNames, Set<String> notCountryWords, Set<String> abbreviations) {

    public static final String FILE = "extraction/words.yaml";
    public static final WordLists NONE = new WordLists(Set.of(), Set.of(), Set.of());
    private static final String NOT_NAMES = "notNames";
    private static final String NOT_COUNTRY_WORDS = "notCountryWords";
    private static final String ABBREVIATIONS = "abbreviations";
    private static final String LISTS = NOT_NAMES + ", " + NOT_COUNTRY_WORDS + " and " + ABBREVIATIONS;
    private static final YAMLFactory YAML = new YAMLFactory();

    /** Whether a capitalised word is a title or another word that is never a name ("Minister", "Friday"). */
    public boolean isNotAName(String word) {
        return notNames.contains(word);
    }

    /** Whether a word of a country's name, lower-cased, names no country on its own. */
    public boolean isNotACountryWord(String key) {
        return notCountryWords.contains(key);
    }

    /** Whether a word before a full stop, lower-cased and without that stop ("dy", "u.s"), is an abbreviation. */
    public boolean isAbbreviation(String key) {
        return abbreviations.contains(key);
    }

    /** The lists of the file among the rule files; none when there is no such file. */
    static WordLists of(List<RuleFile> files, List<RuleProblem> problems) {
        return files.stream().filter(f -> f.path().equals(FILE)).findFirst().map(f -> parse(f, problems))
                .orElse(NONE);
    }

    private static WordLists parse(RuleFile file, List<RuleProblem> problems) {
        Set<String> notNames = new HashSet<>();
        Set<String> notCountryWords = new HashSet<>();
        Set<String> abbreviations = new HashSet<>();
        try (JsonParser parser = YAML.createParser(file.content())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(at(file, parser.currentLocation(), "expected the lists " + LISTS));
                return NONE;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String list = parser.currentName();
                JsonLocation where = parser.currentLocation();
                Set<String> into = switch (list) {
                    case NOT_NAMES -> notNames;
                    case NOT_COUNTRY_WORDS -> notCountryWords;
                    case ABBREVIATIONS -> abbreviations;
                    default -> null;
                };
                if (into == null) {
                    problems.add(at(file, where, "unknown list \"" + list + "\": the lists are " + LISTS));
                    parser.nextToken();
                    parser.skipChildren();
                    continue;
                }
                readWords(file, parser, into, !NOT_NAMES.equals(list), problems);
            }
        } catch (JsonProcessingException e) {
            problems.add(at(file, e.getLocation(), e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new RuleProblem(file.path(), 0, 0, e.getMessage()));
        }
        return new WordLists(Set.copyOf(notNames), Set.copyOf(notCountryWords), Set.copyOf(abbreviations));
    }

    private static void readWords(RuleFile file, JsonParser parser, Set<String> into, boolean lowerCase,
                                  List<RuleProblem> problems) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            problems.add(at(file, parser.currentLocation(), "\"" + parser.currentName() + "\" must be a list of words"));
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String word = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText().strip() : null;
            if (word == null || word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                problems.add(at(file, parser.currentLocation(), "each entry must be one word, not "
                        + (word == null ? parser.currentToken() : "\"" + parser.getText() + "\"")));
                parser.skipChildren();
                continue;
            }
            into.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
        }
    }

    private static RuleProblem at(RuleFile file, JsonLocation where, String message) {
        return new RuleProblem(file.path(), where == null ? 0 : where.getLineNr(), where == null ? 0
                : where.getColumnNr(), message);
    }
}
