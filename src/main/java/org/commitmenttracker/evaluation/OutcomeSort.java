package org.commitmenttracker.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.http.QueryParser;

/** The sort orders outcome listings accept: "asOf", "-asOf", "status,commitment"... newest run first by default. */
final class OutcomeSort {

    static final String DEFAULT = "-run,commitment";
    private static final Map<String, String> COLUMNS = Map.of("run", "o.runId", "asOf", "o.asOf",
            "commitment", "o.commitmentId", "status", "o.status", "rule", "o.rule", "nextDue", "o.nextDue");

    private OutcomeSort() {
    }

    /** The HQL order-by clause for a sort parameter, or a refusal naming the unknown keys. */
    static String orderBy(String sort, QueryParser parser) {
        List<String> terms = new ArrayList<>();
        for (String key : (sort == null || sort.isBlank() ? DEFAULT : sort).split(",")) {
            String name = key.strip();
            boolean descending = name.startsWith("-");
            String column = COLUMNS.get(descending ? name.substring(1) : name);
            if (column == null) {
                parser.reject("sort", "'" + name + "' is not one of " + COLUMNS.keySet() + " (prefix '-' for descending)");
            } else {
                terms.add(column + (descending ? " desc" : ""));
            }
        }
        terms.add("o.id");
        return String.join(", ", terms);
    }
}
