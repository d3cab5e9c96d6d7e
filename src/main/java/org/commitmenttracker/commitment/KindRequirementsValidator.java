package org.commitmenttracker.commitment;

import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.commitmenttracker.rules.facts.Kind;

/** See {@link KindRequirements}. Each problem is reported on the field it concerns. */
public class KindRequirementsValidator implements ConstraintValidator<KindRequirements, CommitmentInput> {

    private static final Set<Kind> WITH_DEADLINE = EnumSet.of(Kind.ONE_OFF, Kind.REQUEST);

    @Override
    public boolean isValid(CommitmentInput c, ConstraintValidatorContext context) {
        if (c.kind() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Checks checks = new Checks(context);
        checkCondition(c, checks);
        Kind judged = c.judgedAs();
        if (judged != null) {
            checkKindFields(c, judged, checks);
        }
        checks.require(!Boolean.TRUE.equals(c.actorsActSeparately()) || c.actors() == null || c.actors().size() > 1,
                "actorsActSeparately", "needs two or more actors");
        checks.require(isPositive(c.dueWithin()), "dueWithin", "must be a positive period such as P6M");
        checks.require(isPositive(c.cadence()), "cadence", "must be a positive period such as P1Y");
        checks.require(isPositive(c.reviewWindow()), "reviewWindow", "must be a positive period such as P6M");
        checks.require(c.deadline() == null || c.statedOn() == null || !c.deadline().isBefore(c.statedOn()),
                "deadline", "must not be before statedOn");
        return checks.passed;
    }

    private static void checkCondition(CommitmentInput c, Checks checks) {
        boolean conditional = c.kind() == Kind.CONDITIONAL;
        checks.require(!conditional || c.trigger() != null, "trigger", "is required for a CONDITIONAL commitment");
        checks.require(conditional || c.trigger() == null, "trigger", "applies only to CONDITIONAL commitments");
        checks.require(!conditional || c.underlyingKind() != null, "underlyingKind",
                "is required for a CONDITIONAL commitment");
        checks.require(c.underlyingKind() != Kind.CONDITIONAL, "underlyingKind", "must not itself be CONDITIONAL");
        checks.require(conditional || c.underlyingKind() == null, "underlyingKind",
                "applies only to CONDITIONAL commitments");
    }

    private static void checkKindFields(CommitmentInput c, Kind judged, Checks checks) {
        boolean dated = WITH_DEADLINE.contains(judged);
        checks.require(judged != Kind.ONE_OFF || c.deadline() != null || c.dueWithin() != null, "deadline",
                "a ONE_OFF commitment needs a deadline or dueWithin");
        checks.require(c.deadline() == null || c.dueWithin() == null, "dueWithin", "give a deadline or dueWithin, not both");
        checks.require(dated || c.deadline() == null, "deadline", "applies only to ONE_OFF and REQUEST commitments");
        checks.require(dated || c.dueWithin() == null, "dueWithin", "applies only to ONE_OFF and REQUEST commitments");
        checks.require(judged != Kind.RECURRING || c.cadence() != null, "cadence", "is required for a RECURRING commitment");
        checks.require(judged == Kind.RECURRING || c.cadence() == null, "cadence", "applies only to RECURRING commitments");
        checks.require(judged == Kind.ONGOING || c.reviewWindow() == null, "reviewWindow",
                "applies only to ONGOING commitments");
        checks.require(judged != Kind.REQUEST || (c.addressees() != null && !c.addressees().isEmpty()), "addressees",
                "a REQUEST needs the parties it asks");
        checks.require(c.goal() == null || judged == Kind.ONGOING || judged == Kind.RECURRING, "goal",
                "applies only to ONGOING and RECURRING commitments: the others end by their deadline");
    }

    private static boolean isPositive(Period period) {
        return period == null || (!period.isNegative() && !period.isZero());
    }

    /** Collects violations on named fields. */
    private static final class Checks {
        private final ConstraintValidatorContext context;
        private boolean passed = true;

        Checks(ConstraintValidatorContext context) {
            this.context = context;
        }

        void require(boolean condition, String field, String message) {
            if (!condition) {
                passed = false;
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }
        }
    }
}
