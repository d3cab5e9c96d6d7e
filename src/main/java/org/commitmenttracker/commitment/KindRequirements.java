package org.commitmenttracker.commitment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Checks the fields a commitment's kind needs together: a deadline (or dueWithin) for ONE_OFF, a cadence for
 * RECURRING, addressees for REQUEST, a trigger and an underlying kind for CONDITIONAL; no field of another kind;
 * positive periods; no deadline before the statement.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KindRequirementsValidator.class)
public @interface KindRequirements {

    String message() default "does not fit the commitment's kind";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
