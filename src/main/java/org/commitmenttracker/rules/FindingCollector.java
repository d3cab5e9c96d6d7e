package org.commitmenttracker.rules;

import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.rules.facts.Finding;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;

/** Records every finding a rule inserts, in firing order, stamped with the rule's name and precedence. */
final class FindingCollector extends DefaultRuleRuntimeEventListener {

    static final String PRECEDENCE = "precedence";

    private final List<RuledFinding> findings = new ArrayList<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Finding finding && event.getRule() != null) {
            findings.add(new RuledFinding(finding, event.getRule().getName(), precedenceOf(event.getRule())));
        }
    }

    List<RuledFinding> findings() {
        return findings;
    }

    static int precedenceOf(Rule rule) {
        Object value = rule.getMetaData().get(PRECEDENCE);
        return value == null ? 0 : Integer.parseInt(String.valueOf(value).trim());
    }
}
