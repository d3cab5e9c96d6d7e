package org.commitmenttracker.rules;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Combining sets of rule files. */
final class RuleFiles {

    private RuleFiles() {
    }

    /** The base files with each changed file added, or replacing the base file of the same path. */
    static List<RuleFile> overlay(List<RuleFile> base, List<RuleFile> changed) {
        Map<String, RuleFile> byPath = new LinkedHashMap<>();
        base.forEach(f -> byPath.put(f.path(), f));
        changed.forEach(f -> byPath.put(f.path(), f));
        return byPath.values().stream().sorted(Comparator.comparing(RuleFile::path)).toList();
    }
}
