package org.commitmenttracker.rules;

import java.util.List;

/**
 * A trial a compiled rule base must pass before it replaces the active one: it runs the rules on facts (stored data,
 * scenarios, sample texts) and reports what failed while they ran. A rule can compile and still throw (a division by
 * zero, a null in a consequence); such a rule base is refused like one that does not compile.
 */
public interface RuleBaseTrial {

    /** The problems met running the rule base; none when it ran cleanly. */
    List<RuleProblem> tryOut(RuleBase candidate);
}
