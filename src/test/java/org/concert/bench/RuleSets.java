package org.concert.bench;

import org.concert.rulebase.RuleFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule bases of a given size for the build and reload benchmarks (issue 7), made from the repository's
 * rules. Fewer rules than the repository has: the first {@code n} rules, the P13–P20 chain's files first.
 * More: all of them plus copies, each copy of a file in its own package ({@code concert.bench.copyK}) and
 * file ({@code bench/copyK/…}) with its rules renamed {@code "… (copy K)"}. A copy matches and concludes
 * exactly what its original does, so the warnings and the regression results stay those of the real rules.
 */
public final class RuleSets {

    public static final Path RULES = Path.of("rules");
    public static final String CHANGED_FILE = "warnings/buffer-states.dslr";

    /** Rule files in the order a subset takes them: the chain of P13–P20 first. */
    private static final List<String> FIRST = List.of("rules/conclusions/constellation.drl", "rules/conclusions/exclusion.dslr",
            "rules/conclusions/buffer-states.dslr", "rules/warnings/exclusion.dslr", "rules/warnings/buffer-states.dslr");

    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\".*?^end[ \\t]*$");
    /** The end of the P20 warning's title, with the revision number an earlier proposal gave it. */
    private static final Pattern TITLE = Pattern.compile("'s red line(?: \\(revision \\d+\\))?\"\\)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

    private RuleSets() {
    }

    /** One rule file: what comes before its first rule (package, imports), and its rules' texts by name. */
    record DrlFile(String name, String header, Map<String, String> rules) {
    }

    /** The repository's rules, as they are. */
    public static RuleFiles real() {
        return RuleFiles.read(RULES);
    }

    /** The number of rules in {@code files}. */
    public static int count(RuleFiles files) {
        return parse(files).stream().mapToInt(f -> f.rules().size()).sum();
    }

    /** A rule base of exactly {@code n} rules, with the repository's parameters and propositions. */
    public static RuleFiles withRules(int n) {
        RuleFiles real = real();
        List<DrlFile> drl = ordered(parse(real));
        Map<String, String> texts = new TreeMap<>();
        real.texts().forEach((name, text) -> {
            if (!isRules(name)) texts.put(name, text);
        });
        int left = n;
        for (DrlFile f : drl) {
            if (left <= 0) break;
            List<String> rules = new ArrayList<>(f.rules().values());
            List<String> taken = rules.subList(0, Math.min(left, rules.size()));
            texts.put(f.name(), f.header() + String.join("\n\n", taken) + "\n");
            left -= taken.size();
        }
        for (int copy = 1; left > 0; copy++) {
            for (DrlFile f : drl) {
                if (left <= 0) break;
                List<String> copies = new ArrayList<>();
                for (Map.Entry<String, String> r : f.rules().entrySet()) {
                    if (copies.size() == left) break;
                    copies.add(r.getValue().replace("rule \"" + r.getKey() + "\"", "rule \"" + r.getKey() + " (copy " + copy + ")\""));
                }
                String header = PACKAGE.matcher(f.header()).replaceFirst("package concert.bench.copy" + copy + ";");
                texts.put("rules/bench/copy" + copy + "/" + f.name().substring("rules/".length()), header + String.join("\n\n", copies) + "\n");
                left -= copies.size();
            }
        }
        return new RuleFiles(texts);
    }

    /** Only the named rules of {@code files} (with every non-rule file): e.g. the rules of one chain. */
    public static RuleFiles only(RuleFiles files, Collection<String> ruleNames) {
        Map<String, String> texts = new TreeMap<>();
        files.texts().forEach((name, text) -> {
            if (!isRules(name)) texts.put(name, text);
        });
        List<String> missing = new ArrayList<>(ruleNames);
        for (DrlFile f : parse(files)) {
            List<String> kept = new ArrayList<>();
            f.rules().forEach((name, text) -> {
                if (ruleNames.contains(name)) kept.add(text);
            });
            missing.removeAll(f.rules().keySet());
            if (!kept.isEmpty()) texts.put(f.name(), f.header() + String.join("\n\n", kept) + "\n");
        }
        if (!missing.isEmpty()) throw new IllegalArgumentException("no such rules: " + missing);
        return new RuleFiles(texts);
    }

    /**
     * The harmless change the reload benchmark proposes: the P20 warning's title in
     * {@code warnings/buffer-states.dslr} gets a revision number, so every proposal is new text to compile.
     */
    public static String retitled(RuleFiles files, int revision) {
        String text = files.texts().get("rules/" + CHANGED_FILE);
        Matcher title = TITLE.matcher(text);
        if (!title.find()) throw new IllegalStateException("the P20 title is not in " + CHANGED_FILE);
        return title.replaceFirst("'s red line (revision " + revision + ")\")");
    }

    static List<DrlFile> parse(RuleFiles files) {
        List<DrlFile> out = new ArrayList<>();
        files.texts().forEach((name, text) -> {
            if (!isRules(name)) return;
            Matcher m = RULE.matcher(text);
            Map<String, String> rules = new LinkedHashMap<>();
            int first = -1;
            while (m.find()) {
                if (first < 0) first = m.start();
                rules.put(m.group(1), m.group());
            }
            out.add(new DrlFile(name, first < 0 ? text : text.substring(0, first), rules));
        });
        return out;
    }

    /** A file of rules: DRL, or DRL written in the controlled language. */
    private static boolean isRules(String name) {
        return name.endsWith(".drl") || name.endsWith(".dslr");
    }

    private static List<DrlFile> ordered(List<DrlFile> files) {
        List<DrlFile> ordered = new ArrayList<>();
        for (String name : FIRST) files.stream().filter(f -> f.name().equals(name)).forEach(ordered::add);
        files.stream().filter(f -> !FIRST.contains(f.name())).forEach(ordered::add);
        return ordered;
    }
}
