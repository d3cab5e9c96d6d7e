package org.commitmenttracker.rules;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.vocabulary.VocabularyInUse;

/** The vocabulary of the active rules, as the vocabulary's services read it. */
@ApplicationScoped
class ActiveVocabulary implements VocabularyInUse {

    private final ActiveRules rules;

    ActiveVocabulary(ActiveRules rules) {
        this.rules = rules;
    }

    @Override
    public Versioned current() {
        RuleBase active = rules.current();
        return new Versioned(active.version(), active.vocabulary());
    }
}
