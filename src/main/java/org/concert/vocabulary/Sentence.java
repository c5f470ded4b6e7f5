package org.concert.vocabulary;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the code the rule compiler generates from a rule's {@code @statement} template calls to render
 * one placeholder: a value as text (a list as "a, b"), a number in a format, or the text chosen for a value.
 * Rules never call it themselves.
 */
public final class Sentence {

    private Sentence() {
    }

    /** The value as a sentence shows it: lists joined with ", ", anything else as its text. */
    public static String text(Object value) {
        if (value instanceof Collection<?> c) return c.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return String.valueOf(value);
    }

    /** The value in a {@link java.util.Formatter} format such as {@code %.1f}, the same on every machine. */
    public static String format(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }

    /**
     * The text paired with the value's text in {@code choices} (key, text, key, text, …); {@code other}
     * matches any value, including none.
     */
    public static String choose(Object value, String... choices) {
        String key = String.valueOf(value);
        for (int i = 0; i + 1 < choices.length; i += 2) {
            if (choices[i].equals(key) || choices[i].equals("other")) return choices[i + 1];
        }
        throw new IllegalArgumentException("no choice for " + Objects.toString(value) + " among " + String.join(", ", choices));
    }
}
