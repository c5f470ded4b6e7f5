package org.concert.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates bad rule changes from the repository's own rule files: syntax errors, forbidden code in
 * every position a rule has, rule sets that never settle, and edits that break a historical case.
 * Seeded, so a failure can be replayed.
 */
final class BadRuleCorpus {

    record Bad(String kind, String description, RuleChange change) {
    }

    /** Consequence code a rule must not run. */
    static final List<String> FORBIDDEN_ACTIONS = List.of(
            "System.exit(0);", "java.lang.System.exit(0);", "Runtime.getRuntime().exec(\"rm -rf /\");",
            "new java.io.File(\"/tmp/x\").delete();", "java.nio.file.Files.delete(java.nio.file.Path.of(\"x\"));",
            "new Thread(() -> {}).start();", "$probe.getClass().getMethod(\"x\").invoke(null);", "Class.forName(\"java.lang.Runtime\");",
            "new ProcessBuilder(\"ls\").start();", "drools.halt();", "kcontext.getKieRuntime();", "Thread.sleep(100000);",
            "java.util.concurrent.Executors.newFixedThreadPool(2);", "new java.net.Socket(\"example.org\", 80);",
            "ClassLoader.getSystemClassLoader();", "String home = System.getenv(\"HOME\");", "while (true) { }", "for (;;) { }",
            "do { } while (true);", "synchronized (this) { }", "try { } catch (Exception e) { }", "Object o = new Object() { };",
            "java.lang.reflect.Array.newInstance(String.class, 1);", "Object o = String.class;", "System.out.println(\"x\");",
            "org.kie.api.KieServices.Factory.get();", "java.lang.invoke.MethodHandles.lookup();", "new java.io.FileWriter(\"x\");",
            "java.lang.Runtime r = java.lang.Runtime.getRuntime();", "new java.util.Timer().schedule(null, 1L);",
            "Thread t = Thread.currentThread();", "System.setProperty(\"a\", \"b\");", "new java.net.URL(\"http://example.org\").openStream();",
            "javax.script.ScriptEngine e = null;", "sun.misc.Unsafe u = null;", "String.class.getDeclaredFields();",
            "$probe.getClass().getClassLoader();", "java.util.ServiceLoader.load(Object.class);", "Runtime.getRuntime().halt(0);");

    /** Conditions a rule must not test. */
    static final List<String> FORBIDDEN_CONDITIONS = List.of(
            "Actor( id == System.getenv(\"X\") )", "Actor( getClass().getName() == \"x\" )", "$s: String() from System.getenv().keySet()",
            "eval( Runtime.getRuntime() != null )", "eval( System.currentTimeMillis() > 0 )", "Actor( name == new java.io.File(\"x\").getName() )",
            "$t: Object() from Thread.currentThread()", "Actor( id == java.lang.System.getProperty(\"user.name\") )",
            "eval( Class.forName(\"x\") != null )", "$r: java.lang.Runtime()");

    /** Top-level declarations a rule file must not have. */
    static final List<String> FORBIDDEN_DECLARATIONS = List.of(
            "import java.io.File;", "import java.lang.reflect.Method;", "import java.net.*;", "import function java.lang.System.exit;",
            "global java.util.List sink;", "function void leak() { System.exit(0); }", "declare Secret name : String end",
            "import java.util.concurrent.Executors;", "import java.nio.file.Files;", "import javax.script.ScriptEngine;");

    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"[^\"]+\".*?^end\\s*$");

    static List<Bad> generate(Map<String, String> drlFiles, long seed, int forbiddenCount) {
        Random random = new Random(seed);
        List<Bad> bad = new ArrayList<>();
        for (Map.Entry<String, String> f : drlFiles.entrySet()) {
            String file = f.getKey();
            String text = f.getValue();
            List<int[]> rules = rules(text);
            for (int r = 0; r < rules.size(); r++) {
                int[] at = rules.get(r);
                String rule = text.substring(at[0], at[1]);
                bad.addAll(syntax(file, text, at, rule, r == rules.size() - 1));
            }
            for (String d : FORBIDDEN_DECLARATIONS) {
                bad.add(new Bad("forbidden", d, RuleChange.replace(file, text.replaceFirst("(?m)^(import [^\\n]*\\n)", "$1" + Matcher.quoteReplacement(d) + "\n"))));
            }
            bad.add(new Bad("forbidden", "unicode escape", RuleChange.replace(file, text.replaceFirst("(?m)^then\\s*$", "then\n    String s = \"\\\\u0022); System.exit(0); //\";"))));
        }
        List<String> files = new ArrayList<>(drlFiles.keySet());
        for (int i = 0; i < forbiddenCount; i++) {
            String file = files.get(random.nextInt(files.size()));
            String text = drlFiles.get(file);
            List<int[]> rules = rules(text);
            int[] at = rules.get(random.nextInt(rules.size()));
            String rule = text.substring(at[0], at[1]);
            String changed;
            String what;
            if (random.nextInt(3) == 0) {
                what = FORBIDDEN_CONDITIONS.get(random.nextInt(FORBIDDEN_CONDITIONS.size()));
                changed = rule.replaceFirst("(?m)^when\\s*$", "when\n    " + Matcher.quoteReplacement(what));
            } else {
                what = FORBIDDEN_ACTIONS.get(random.nextInt(FORBIDDEN_ACTIONS.size()));
                changed = rule.replaceFirst("(?m)^when\\s*$", "when\n    \\$probe: Actor()")
                        .replaceFirst("(?m)^then\\s*$", "then\n    " + Matcher.quoteReplacement(what));
            }
            bad.add(new Bad("forbidden", what, RuleChange.replace(file, text.substring(0, at[0]) + changed + text.substring(at[1]))));
        }
        return bad;
    }

    private static List<Bad> syntax(String file, String text, int[] at, String rule, boolean last) {
        List<Bad> bad = new ArrayList<>();
        String before = text.substring(0, at[0]);
        String after = text.substring(at[1]);
        java.util.function.BiConsumer<String, String> add = (what, changedRule) ->
                bad.add(new Bad("syntax", what, RuleChange.replace(file, before + changedRule + after)));
        add.accept("no then", rule.replaceFirst("(?m)^then\\s*$", ""));
        add.accept("unbalanced parenthesis", rule.replaceFirst("(?m)^when\\s*$", "when\n    ("));
        add.accept("missing closing parenthesis", rule.replaceFirst("\\)\\s*\\n", "\n"));
        add.accept("unterminated string", rule.replaceFirst("@section\\(\"", "@section(\"\""));
        add.accept("misspelt keyword", rule.replaceFirst("^rule ", "rul "));
        add.accept("stray tokens", rule.replaceFirst("(?m)^when\\s*$", "when\n    @@@ ###"));
        add.accept("truncated rule", rule.substring(0, rule.length() / 2));
        add.accept("consequence that is not Java", rule.replaceFirst("(?m)^then\\s*$", "then\n    this is not java;"));
        if (last) add.accept("no end", rule.replaceFirst("(?m)^end\\s*$", ""));
        return bad;
    }

    /** [start, end) of each rule in a DRL text. */
    static List<int[]> rules(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) found.add(new int[]{m.start(), m.end()});
        return found;
    }

    /**
     * Rule sets that never settle: each compiles, and runs until the fire limit stops it. With only the
     * vocabulary's statements, what never settles is a rule whose conclusion takes away its own grounds
     * (truth maintenance withdraws it, and the rule fires again); the old ways, touching facts with
     * update, insert or delete, are no longer statements a rule can make and are refused before they run.
     */
    static List<Bad> runaway() {
        String header = "package concert.rules;\n\nimport org.concert.casefile.*;\nimport org.concert.vocabulary.*;\n\n";
        String meta = " @proposition(\"P11\") @section(\"3\") @statement(\"{$id}\")\n";
        return List.of(
                new Bad("runaway", "a conclusion that denies its own grounds", RuleChange.create("conclusions/loop-1.drl", header
                        + "rule \"Stakes itself away\"" + meta + "when\n    Actor( $id: id )\n    not Stake( power == $id )\nthen\n    conclude(new Stake($id, $id));\nend\n")),
                new Bad("runaway", "two rules that undo each other", RuleChange.create("conclusions/loop-2.drl", header
                        + "rule \"Stakes when no order\"" + meta + "when\n    Actor( $id: id )\n    not InclusiveOrder( power == $id )\nthen\n    conclude(new Stake($id, $id));\nend\n"
                        + "rule \"Orders when staked\"" + meta + "when\n    Stake( $id: power )\nthen\n    conclude(new InclusiveOrder($id, $id));\nend\n")),
                new Bad("runaway", "a warning that denies its own grounds", RuleChange.create("warnings/loop-3.drl", header
                        + "rule \"Distrusts until distrusted\"" + meta + "when\n    Actor( $id: id )\n    not Distrust( power == $id )\nthen\n    warn(NOTICE, new Distrust($id));\nend\n")),
                new Bad("runaway", "a level step that denies its own grounds", RuleChange.create("warnings/loop-4.drl", header
                        + "rule \"Distrusts\"" + meta + "when\n    Actor( $id: id )\nthen\n    warn(NOTICE, new Distrust($id));\nend\n"
                        + "rule \"Raises until raised\"" + meta + "when\n    $w: Distrust( $id: power )\n    not LevelChange( warning == $w )\nthen\n    adjust($w, +1);\nend\n")),
                new Bad("runaway", "a rule that updates its own fact (no longer a statement)", RuleChange.create("conclusions/loop-5.drl", header
                        + "rule \"Keeps touching the actor\"" + meta + "when\n    $a: Actor( $id: id )\nthen\n    update($a);\nend\n")),
                new Bad("runaway", "a rule that inserts ever new facts (no longer a statement)", RuleChange.create("conclusions/loop-6.drl", header
                        + "rule \"Counts forever\"" + meta + "when\n    Stake( $id: power )\nthen\n    insert(new Stake($id + \"1\", $id, \"tick\"));\nend\n")));
    }

    /** Edits that compile but make a historical case answer differently (each one changes its file: checked by the test). */
    static List<Bad> breaking(Map<String, String> files) {
        List<Bad> bad = new ArrayList<>();
        String params = files.get("parameters.yaml");
        bad.add(new Bad("breaking", "five rounds before insecurity is high", RuleChange.replace("parameters.yaml",
                params.replaceFirst("(p17-rounds-for-high:[\\s\\S]*?\"1800-01-01\": )\\d+", "$15"))));
        bad.add(new Bad("breaking", "nine declarations before a red line", RuleChange.replace("parameters.yaml",
                params.replaceFirst("(p19-declarations-for-red-line:[\\s\\S]*?\"1800-01-01\": )\\d+", "$19"))));
        bad.add(new Bad("breaking", "no buffer-state warnings", RuleChange.delete("warnings/buffer-states.dslr")));
        bad.add(new Bad("breaking", "no juncture warnings", RuleChange.delete("warnings/junctures.drl")));
        bad.add(new Bad("breaking", "no buffer states", RuleChange.delete("conclusions/buffer-states.dslr")));
        String junctures = files.get("warnings/junctures.drl");
        bad.add(new Bad("breaking", "a Diktat only a notice", RuleChange.replace("warnings/junctures.drl", junctures.replace("warn(HIGH,", "warn(NOTICE,"))));
        String buffer = files.get("warnings/buffer-states.dslr");
        bad.add(new Bad("breaking", "a crossed red line only elevated", RuleChange.replace("warnings/buffer-states.dslr", buffer.replace("warn HIGH that", "warn ELEVATED that"))));
        // The buffer-state theme is written in the controlled language: the change is to the sentence it uses.
        String dsl = files.get("concert.dsl");
        bad.add(new Bad("breaking", "a crossed red line needs a power rise too", RuleChange.replace("concert.dsl",
                dsl.replace("=not GuaranteedNeutral( state == $buffer )", "=exists Event( kind == EventKind.POWER_RISE ) not GuaranteedNeutral( state == $buffer )"))));
        String constellation = files.get("conclusions/constellation.drl");
        bad.add(new Bad("breaking", "alliances never outlive adversaries", RuleChange.replace("conclusions/constellation.drl",
                constellation.replace("Organisation( dissolved != null,", "Organisation( dissolved != null, dissolved == null,"))));
        return bad;
    }
}
