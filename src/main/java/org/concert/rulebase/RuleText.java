package org.concert.rulebase;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that answers "where in the analyst's file is this": the line and column of a character
 * offset, and the first line of a stretch of a rule file (a rule, its conditions, its consequence) that
 * names a word, outside comments. The compiler, the rule-by-rule locator, the vocabulary checks and the
 * authoring validator all point at rules through it, so they point the same way.
 */
public final class RuleText {

    /** A place in a file, both counted from 1. */
    public record Position(int line, int column) {
    }

    private RuleText() {
    }

    /** Where the character at {@code offset} of {@code text} is. */
    public static Position position(String text, int offset) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart + 1);
    }

    /**
     * The first of the lines {@code from}…{@code to} (counted from 1, both included) of {@code text} that names
     * {@code word} as a whole word, skipping comment lines; for a qualified word ({@code a.b.c}) its last part.
     */
    public static Optional<Position> firstNaming(String text, int from, int to, String word) {
        String last = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
        if (last.isEmpty()) return Optional.empty();
        Pattern named = Pattern.compile((Character.isLetterOrDigit(last.charAt(0)) || last.charAt(0) == '_' ? "\\b" : "")
                + Pattern.quote(last) + (Character.isLetterOrDigit(last.charAt(last.length() - 1)) ? "\\b" : ""));
        String[] lines = text.split("\n", -1);
        for (int i = Math.max(from, 1) - 1; i < Math.min(to, lines.length); i++) {
            if (lines[i].strip().startsWith("//")) continue;
            Matcher m = named.matcher(lines[i]);
            if (m.find()) return Optional.of(new Position(i + 1, m.start() + 1));
        }
        return Optional.empty();
    }

    /** The line of {@code text} on which a rule of that name starts, or 0. */
    public static int ruleLine(String text, String ruleName) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains("rule \"" + ruleName + "\"")) return i + 1;
        return 0;
    }

    /** Where the value of a rule's annotation starts (just inside its opening quote), or the rule's first character. */
    public static Position annotation(String text, int ruleStart, String name) {
        int from = Math.max(ruleStart, 0);
        int at = text.indexOf("@" + name + "(", from);
        if (at < 0) return position(text, from);
        int quote = text.indexOf('"', at);
        return position(text, quote < 0 ? at : quote + 1);
    }
}
