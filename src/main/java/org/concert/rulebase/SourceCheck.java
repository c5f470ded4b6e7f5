package org.concert.rulebase;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the raw text of a rule file before any parser reads it: its size and nesting (so that no parser recurses
 * or backtracks without bound), characters that hide code from a reader or from the Java compiler (unicode escapes,
 * which the compiler decodes before it reads anything, even inside strings; control and bidirectional characters,
 * which make a terminal or a diff show something other than what runs), and, for the controlled language, that every
 * sentence is plain words and blanks, since the DSL expander turns each sentence into a regular expression.
 */
final class SourceCheck {

    /** Larger than any rule file needs to be (the largest shipped one is about 15 KB). */
    static final int MAX_CHARS = 256 * 1024;
    static final int MAX_LINE = 2_000;
    /** Brackets nested deeper than this make no readable rule, and would let a parser recurse without bound. */
    static final int MAX_NESTING = 32;
    /** Blanks per sentence: each is a lazy group of the expander's regular expression, so their number bounds its cost. */
    static final int MAX_BLANKS = 3;

    private static final Pattern SENTENCE = Pattern.compile("^\\[(when|then)\\](.*?)=(.*)$");
    private static final Pattern SENTENCE_WORDS = Pattern.compile("[\\p{L}\\p{N} ',’\\-]*");
    private static final Pattern BLANK = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");

    private SourceCheck() {
    }

    /** Problems of any rule text ({@code .drl}, {@code .dslr}, {@code .dsl}); an empty list when it may be parsed. */
    static void text(String file, String text, List<RuleProblem> problems) {
        if (text.length() > MAX_CHARS) {
            problems.add(new RuleProblem(file, 0, 0, "the file has " + text.length() + " characters; a rule file may have at most " + MAX_CHARS
                    + ": split it by theme"));
            return;
        }
        int line = 1, column = 1, depth = 0, lineLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                problems.add(new RuleProblem(file, line, column, "unicode escapes (\\u…) are not allowed in rule files: write the character itself"));
                return;
            }
            if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n') || c != '\n' && c != '\r' && c != '\t' && Character.isISOControl(c)
                    || isBidiControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' && i > 0) {
                problems.add(new RuleProblem(file, line, column, String.format("the invisible character U+%04X is not allowed in rule files: "
                        + "it can make what a reader sees differ from what runs", (int) c)));
                return;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    problems.add(new RuleProblem(file, line, column, "brackets nested more than " + MAX_NESTING + " deep: write the rule flatter"));
                    return;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            if (c == '\n') {
                line++;
                column = 1;
                lineLength = 0;
            } else {
                column++;
                if (++lineLength > MAX_LINE) {
                    problems.add(new RuleProblem(file, line, MAX_LINE, "a line longer than " + MAX_LINE + " characters: break it"));
                    return;
                }
            }
        }
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /**
     * The sentences of a controlled language ({@code .dsl}): each line is a comment ({@code #}), blank, or
     * {@code [when]sentence=DRL} / {@code [then]sentence=DRL} whose sentence is words with at most
     * {@value #MAX_BLANKS} {@code {blanks}}. The DRL each sentence stands for is checked where a rule uses it.
     */
    static void sentences(String file, String text, List<RuleProblem> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            Matcher m = SENTENCE.matcher(line);
            if (!m.matches()) {
                problems.add(new RuleProblem(file, i + 1, 1, "a line of the controlled language reads [when]sentence=DRL or [then]sentence=DRL"
                        + " (or is a # comment)"));
                continue;
            }
            String sentence = m.group(2);
            Matcher blank = BLANK.matcher(sentence);
            int blanks = 0;
            while (blank.find()) blanks++;
            String words = BLANK.matcher(sentence).replaceAll("");
            if (!SENTENCE_WORDS.matcher(words).matches() || sentence.isBlank()) {
                int at = firstOutside(words);
                problems.add(new RuleProblem(file, i + 1, m.start(2) + 1, "a sentence is words, spaces, ' , - and {blanks}"
                        + (at >= 0 ? "; not '" + words.charAt(at) + "'" : "") + " (the expander reads it as a regular expression)"));
            } else if (blanks > MAX_BLANKS) {
                problems.add(new RuleProblem(file, i + 1, m.start(2) + 1, "a sentence has at most " + MAX_BLANKS + " {blanks}; this one has " + blanks));
            }
        }
    }

    private static int firstOutside(String words) {
        for (int i = 0; i < words.length(); i++) {
            if (!SENTENCE_WORDS.matcher(String.valueOf(words.charAt(i))).matches()) return i;
        }
        return -1;
    }
}
