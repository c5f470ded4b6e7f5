package org.concert.rulebase;

import org.concert.vocabulary.Functions;
import org.concert.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code @statement} template: text with placeholders the engine fills from the rule's bindings
 * when the rule fires, e.g. {@code "{$who.name} regards {$state.name} as a buffer state: invaded through it {$count} time(s)"}.
 * A placeholder is a binding with accessors ({@code $round.date}, a list reads "a, b"), or one of the project's
 * {@link Functions} of such values ({@code yearsBetween($collapse.date, $first.date)}); it may add a format
 * ({@code {$amount:%.1f}}) or choose a text by value ({@code {$assurance.binding|true=binding|other=non-binding}}).
 * The template compiles into Java that the consequence runs; nothing else of Java is written by the analyst.
 */
final class StatementTemplate {

    private static final Pattern PATH = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\((.*)\\)");
    private static final Pattern FORMAT = Pattern.compile("%[-#+ 0,(]*[0-9]*(\\.[0-9]+)?[dfsxXeE]");

    /** One problem in a template, at a character offset within it. */
    record Problem(int offset, String message) {
    }

    /** A value a placeholder reads: a binding and the accessors called on it in turn ({@code $who.name} → [$who, name]). */
    record Reference(int offset, List<String> path) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final String java;

    private StatementTemplate(String template, Set<String> bindings) {
        this.java = translate(template, bindings);
    }

    /** Compiles the template against the rule's bindings; {@link #problems()} says what is wrong, if anything. */
    static StatementTemplate compile(String template, Set<String> bindings) {
        return new StatementTemplate(template, bindings);
    }

    List<Problem> problems() {
        return problems;
    }

    /** Every binding path the template reads, for the validator to follow through the allow-list. */
    List<Reference> references() {
        return references;
    }

    /** A Java expression of type String, for the generated consequence. */
    String java() {
        return java;
    }

    private String translate(String template, Set<String> bindings) {
        StringBuilder out = new StringBuilder("\"\"");
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                problems.add(new Problem(i, "a '}' without its '{'"));
                i++;
                continue;
            }
            if (c != '{') {
                text.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                problems.add(new Problem(i, "a '{' without its '}'"));
                break;
            }
            if (!text.isEmpty()) out.append(" + ").append(literal(text.toString()));
            text.setLength(0);
            out.append(" + ").append(placeholder(template.substring(i + 1, end), i + 1, bindings));
            i = end + 1;
        }
        if (!text.isEmpty()) out.append(" + ").append(literal(text.toString()));
        return out.toString();
    }

    private String placeholder(String body, int at, Set<String> bindings) {
        String[] choices = body.split("\\|", -1);
        String head = choices[0];
        String format = null;
        int colon = head.lastIndexOf(':');
        if (colon >= 0 && head.indexOf(')', colon) < 0) {
            format = head.substring(colon + 1).strip();
            head = head.substring(0, colon);
            if (!FORMAT.matcher(format).matches()) problems.add(new Problem(at + colon + 1, "\"" + format + "\" is not a number or text format like %.1f or %d"));
        }
        String value = value(head.strip(), at, bindings);
        if (choices.length > 1) {
            StringBuilder s = new StringBuilder("org.concert.vocabulary.Sentence.choose(").append(value);
            for (int k = 1; k < choices.length; k++) {
                int eq = choices[k].indexOf('=');
                if (eq <= 0) {
                    problems.add(new Problem(at, "a choice reads value=text, as in {$assurance.binding|true=binding|other=non-binding}"));
                    continue;
                }
                s.append(", ").append(literal(choices[k].substring(0, eq).strip())).append(", ").append(literal(choices[k].substring(eq + 1)));
            }
            return s.append(')').toString();
        }
        if (format != null) return "org.concert.vocabulary.Sentence.format(" + literal(format) + ", " + value + ")";
        return "org.concert.vocabulary.Sentence.text(" + value + ")";
    }

    private String value(String expression, int at, Set<String> bindings) {
        if (PATH.matcher(expression).matches()) {
            String[] parts = expression.split("\\.");
            references.add(new Reference(at, List.of(parts)));
            if (!bindings.contains(parts[0])) {
                problems.add(new Problem(at, parts[0] + " is not bound in the rule's conditions"
                        + (bindings.isEmpty() ? "" : " (bound: " + String.join(", ", new java.util.TreeSet<>(bindings)) + ")")));
            }
            StringBuilder s = new StringBuilder(parts[0]);
            for (int k = 1; k < parts.length; k++) s.append('.').append(parts[k]).append("()");
            return s.toString();
        }
        Matcher call = CALL.matcher(expression);
        if (call.matches()) {
            String function = call.group(1);
            if (!Vocabulary.functions().contains(function)) {
                problems.add(new Problem(at, function + "(…) is not one of the functions a statement may use: " + Vocabulary.functions()));
            }
            List<String> args = new ArrayList<>();
            for (String arg : call.group(2).split(",")) args.add(value(arg.strip(), at, bindings));
            return "org.concert.vocabulary.Functions." + function + "(" + String.join(", ", args) + ")";
        }
        problems.add(new Problem(at, "\"" + expression + "\" is not a binding like $who.name or a function like yearsBetween($a.date, $b.date)"));
        return "\"\"";
    }

    private static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
