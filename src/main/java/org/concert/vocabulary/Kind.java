package org.concert.vocabulary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable id of a conclusion or warning type, as outputs, rule tests and case expectations name it
 * (e.g. {@code buffer-state}), and a sentence saying what it means. Declared once, here, on the type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Kind {

    String value();

    /** What the conclusion or warning says, in the paper's words where it has them. */
    String means();
}
