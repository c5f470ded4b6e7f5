package org.concert.vocabulary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a role of a conclusion or warning refers to: the id of an actor, an organisation or an event of
 * the case, or a region's name. Rule statements render an actor or organisation by its name, an event by its title.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Role {

    RoleType value();

    enum RoleType {
        /** An actor's id, e.g. {@code RUS}. */
        ACTOR,
        /** An organisation's id, e.g. {@code NATO}. */
        ORGANISATION,
        /** An event's id, e.g. {@code bucharest-2008}. */
        EVENT,
        /** A region's name, e.g. {@code Europe}. */
        REGION;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
