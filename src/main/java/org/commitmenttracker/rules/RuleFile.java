package org.commitmenttracker.rules;

/** One file of the rule base: its path relative to the rules folder (with forward slashes) and its text. */
public record RuleFile(String path, String content) {

    public static final String VOCABULARY_FOLDER = "vocabulary/";

    public boolean isDrl() {
        return path.endsWith(".drl");
    }

    /** The 1-based line of a character offset in the file's text. */
    public int lineAt(int offset) {
        return (int) content.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
    }

    /** A file of the controlled vocabulary: {@code vocabulary/**}{@code /*.yaml}. */
    public boolean isVocabulary() {
        return isVocabulary(path);
    }

    static boolean isVocabulary(String path) {
        return path.startsWith(VOCABULARY_FOLDER) && (path.endsWith(".yaml") || path.endsWith(".yml"));
    }

    /** Whether a file of the rules folder, by its relative path, belongs to the rule base. */
    static boolean isRuleFile(String path) {
        return path.endsWith(".drl") || isVocabulary(path) || path.equals(RuleBaseLoader.PARAMETERS_FILE)
                || path.equals(WordLists.FILE) || path.equals(LearnedScore.FILE);
    }
}
