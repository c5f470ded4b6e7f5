package org.concert.authoring;

import org.concert.Fixtures;
import org.concert.rulebase.Parameters;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.vocabulary.Parameter;
import org.concert.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typo cannot silently break a rule: every conclusion and warning type, every role a pattern names,
 * every parameter name and every proposition id in the shipped rules (DRL, controlled language and the
 * language itself) is misspelled, one at a time, and {@code rules check} must reject each mutation with
 * the file and line of the misspelling (for a misspelling inside the controlled language, the line of a
 * rule that uses the sentence). The mutations are found in the rule files, not listed by hand.
 */
class RuleMutationTest {

    private static final InProcessTrials TRIALS = new InProcessTrials(List.of(), org.concert.session.EvaluationLimits.DEFAULT);

    /** One misspelling: where, what it was, what it became. */
    record Mutation(String file, int offset, int line, String what, String original, String typo) {

        RuleFiles apply(RuleFiles files) {
            String text = files.texts().get(file);
            return files.with(file, text.substring(0, offset) + typo + text.substring(offset + original.length()));
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + what + " " + original + " → " + typo;
        }
    }

    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

    @Test
    void everyMisspelledTypeRoleParameterAndPropositionIsRejectedAtItsFileAndLine() {
        RuleFiles files = RuleFiles.read(Fixtures.RULES);
        List<Mutation> mutations = mutations(files);
        Map<String, Integer> counts = new TreeMap<>();
        mutations.forEach(m -> counts.merge(m.what(), 1, Integer::sum));
        assertThat(counts).containsKeys("type", "role", "parameter", "proposition");

        List<String> missed = new ArrayList<>();
        for (Mutation m : mutations) {
            List<RuleProblem> problems = RuleCheck.check(m.apply(files), files, Screening.standard(), TRIALS);
            boolean located = m.file().endsWith(".dsl")
                    ? problems.stream().anyMatch(p -> p.file().endsWith(".dslr") && p.line() > 0)
                    : problems.stream().anyMatch(p -> p.file().equals(m.file()) && p.line() == m.line());
            if (!located) missed.add(m + ": " + (problems.isEmpty() ? "accepted" : problems));
        }
        System.out.println("rule mutations by kind: " + counts + ", " + mutations.size() + " in all, " + missed.size() + " not located");
        assertThat(missed).as("misspellings not rejected at their file and line").isEmpty();
    }

    /** Every misspelling the rule files offer, in file order. */
    static List<Mutation> mutations(RuleFiles files) {
        Set<String> types = new TreeSet<>(Vocabulary.matchableTypes().keySet());
        Vocabulary.FACT_TYPES.forEach(t -> types.remove(t.getSimpleName()));
        Set<String> parameters = new TreeSet<>();
        for (Map.Entry<String, String> f : files.texts().entrySet()) {
            if (f.getKey().endsWith(Parameters.FILE)) Parameters.parse(f.getValue(), f.getKey()).all().stream().map(Parameter::name).forEach(parameters::add);
        }
        List<Mutation> out = new ArrayList<>();
        files.texts().forEach((file, text) -> {
            if (!(file.endsWith(".drl") || file.endsWith(".dslr") || file.endsWith(".dsl"))) return;
            String code = code(file, text);
            Matcher id = IDENTIFIER.matcher(code);
            while (id.find()) {
                String word = id.group();
                if (types.contains(word)) {
                    out.add(mutation(text, file, id.start(), "type", word, typo(word)));
                    roles(text, file, code, id.end(), word, out);
                }
            }
            for (String p : parameters) {
                Matcher at = Pattern.compile("(?<![\\w-])" + Pattern.quote(p) + "(?![\\w-])").matcher(code);
                while (at.find()) out.add(mutation(text, file, at.start(), "parameter", p, typo(p)));
            }
            Matcher proposition = Pattern.compile("@proposition\\(\"(P(\\d+))\"\\)").matcher(text);
            while (proposition.find()) {
                out.add(mutation(text, file, proposition.start(1), "proposition", proposition.group(1), "P" + (Integer.parseInt(proposition.group(2)) + 40)));
            }
        });
        return out;
    }

    /** The roles named inside a pattern on a vocabulary type: {@code Type( role == …, $x: role )}. */
    private static void roles(String text, String file, String code, int afterType, String type, List<Mutation> out) {
        int open = afterType;
        while (open < code.length() && code.charAt(open) == ' ') open++;
        if (open >= code.length() || code.charAt(open) != '(') return;
        int depth = 0, close = open;
        for (; close < code.length(); close++) {
            if (code.charAt(close) == '(') depth++;
            if (code.charAt(close) == ')' && --depth == 0) break;
        }
        Set<String> roles = new TreeSet<>();
        Vocabulary.conclusion(type).or(() -> Vocabulary.warning(type)).ifPresent(t -> roles.addAll(t.roleNames()));
        if (type.equals("ExclusionSign")) roles.add("power");
        if (type.equals("SettlementWarning")) roles.add("aggrieved");
        Matcher id = IDENTIFIER.matcher(code).region(open + 1, close);
        while (id.find()) {
            boolean scoped = id.start() > 0 && (code.charAt(id.start() - 1) == '$' || code.charAt(id.start() - 1) == '.');
            if (roles.contains(id.group()) && !scoped) out.add(mutation(text, file, id.start(), "role", id.group(), typo(id.group())));
        }
    }

    /** The text with comments, string literals, annotations and DSL sentences blanked out (offsets kept). */
    private static String code(String file, String text) {
        StringBuilder s = new StringBuilder(text);
        blank(s, Pattern.compile("(?m)//.*$|#.*$"));
        if (file.endsWith(".dsl")) {
            blank(s, Pattern.compile("(?m)^\\[(?:when|then)][^=\\n]*="));
        } else {
            blank(s, Pattern.compile("(?m)^\\s*@.*$"));
            blank(s, Pattern.compile("(?m)^rule \".*$"));
        }
        // Quoted parameter names stay: they are what a rule reads; other strings are text.
        Matcher str = Pattern.compile("\"([^\"\\n]*)\"").matcher(s);
        List<int[]> strings = new ArrayList<>();
        while (str.find()) strings.add(new int[]{str.start(), str.end()});
        for (int[] r : strings) {
            String inside = s.substring(r[0] + 1, r[1] - 1);
            if (!inside.matches("p\\d+-[a-z-]+|evidence-weight-[a-z]+")) for (int i = r[0]; i < r[1]; i++) s.setCharAt(i, ' ');
        }
        return s.toString();
    }

    private static void blank(StringBuilder s, Pattern p) {
        Matcher m = p.matcher(s);
        List<int[]> ranges = new ArrayList<>();
        while (m.find()) ranges.add(new int[]{m.start(), m.end()});
        for (int[] r : ranges) for (int i = r[0]; i < r[1]; i++) if (s.charAt(i) != '\n') s.setCharAt(i, ' ');
    }

    /** A misspelling: the next-to-last character dropped ({@code power} → {@code powr}). */
    static String typo(String word) {
        return word.substring(0, word.length() - 2) + word.charAt(word.length() - 1);
    }

    private static Mutation mutation(String text, String file, int offset, String what, String original, String typo) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return new Mutation(file, offset, line, what, original, typo);
    }
}
