package org.concert.rulebase;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@link RuleFiles} into a {@link RuleBase} with the executable model, or fails with every
 * problem located in the analyst's file: syntax errors from the parser, missing metadata, then the
 * builder's errors mapped back from generated paths to the file on disk.
 */
final class RuleCompiler {

    private static final Pattern PROPOSITION = Pattern.compile("P[1-9][0-9]?");
    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z_][A-Za-z0-9_.]*)'|\"([A-Za-z_][A-Za-z0-9_.]*)\"");

    private final RuleFiles files;
    private final List<RuleProblem> problems = new ArrayList<>();
    private Propositions propositions = Propositions.none();
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    /** Path inside the KieFileSystem → the analyst's file name. */
    private final Map<String, String> generatedToFile = new HashMap<>();
    /** Parsed rule files, for locating errors rule by rule. */
    private final Map<String, PackageDescr> packages = new LinkedHashMap<>();
    /** The DRL handed to the builder, by the analyst's file name: consequences compiled into Java, line for line. */
    private final Map<String, String> generated = new LinkedHashMap<>();

    RuleCompiler(RuleFiles files) {
        this.files = files;
    }

    RuleBase compile() {
        // Nothing reaches the parser of the rule compiler, let alone the Java compiler, unless the validator admits it.
        List<RuleProblem> refused = RuleAdmission.validate(files);
        if (!refused.isEmpty()) throw new RuleBaseException(refused);
        propositions = propositions(files, problems);
        Parameters parameters = parameters(files, problems);
        String dsl = RuleSource.dsl(files);
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("org.concert", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id);
        files.texts().forEach((name, text) -> {
            if (name.endsWith(".drl") || name.endsWith(".dslr")) {
                // A .dslr rule is expanded here into the DRL it stands for and compiled as DRL, in its place
                // among the files: it behaves exactly like its DRL twin (the DSL keeps one line per line).
                String drl = RuleSource.drl(name, text, dsl, problems);
                if (drl == null) return;
                PackageDescr pkg = parse(name, drl);
                if (pkg == null) return;
                packages.put(name, pkg);
                String java = consequences(name, drl, pkg);
                generated.put(name, java);
                String path = "src/main/resources/" + pkg.getName().replace('.', '/') + "/" + flat(name) + (name.endsWith(".dslr") ? ".drl" : "");
                kfs.write(path, java);
                generatedToFile.put(path, name);
            }
        });
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(new RuleProblem(files.texts().isEmpty() ? "rules" : files.texts().keySet().iterator().next(), 0, 0,
                    "no rules found: a rule base needs at least one rule"));
        }
        if (!problems.isEmpty()) throw new RuleBaseException(problems);

        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // Some bad DRL makes the builder throw instead of reporting (e.g. a number compared with text).
            throw new RuleBaseException(List.of(new RuleProblem(String.join(", ", files.texts().keySet()), 0, 0,
                    "the rule compiler failed: " + rootMessage(e))));
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .filter(m -> !m.getText().contains("Parser returned a null Package")) // echo of a syntax error already reported
                .toList();
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(id);
            boolean unplaced = errors.stream().anyMatch(m -> m.getPath() == null || !generatedToFile.containsKey(m.getPath()) || m.getLine() <= 0);
            // Errors in generated Java carry no usable position: find the rule by compiling rules one by one.
            List<RuleProblem> located = unplaced ? new RuleLocator(generated, packages).locate() : List.of();
            if (!located.isEmpty()) {
                problems.addAll(located);
            } else {
                errors.forEach(m -> problems.add(locate(m)));
            }
            throw new RuleBaseException(dedupe(problems));
        }
        KieContainer container = ks.newKieContainer(id);
        ks.getRepository().removeKieModule(id);
        return new RuleBase(container, (InternalKieModule) builder.getKieModule(), rules, parameters, propositions, files);
    }

    /** The thresholds in the rule files ({@code parameters.yaml}); problems are added to {@code problems}. */
    static Parameters parameters(RuleFiles files, List<RuleProblem> problems) {
        for (Map.Entry<String, String> f : files.texts().entrySet()) {
            if (f.getKey().endsWith(Parameters.FILE)) {
                try {
                    return Parameters.parse(f.getValue(), f.getKey());
                } catch (RuleBaseException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        return Parameters.none();
    }

    /** The propositions the rules may cite ({@code propositions.yaml}); problems are added to {@code problems}. */
    static Propositions propositions(RuleFiles files, List<RuleProblem> problems) {
        for (Map.Entry<String, String> f : files.texts().entrySet()) {
            if (f.getKey().endsWith(Propositions.FILE)) {
                try {
                    return Propositions.parse(f.getValue(), f.getKey());
                } catch (RuleBaseException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        return Propositions.none();
    }

    /** Parses one file for its package and rule metadata; syntax errors are reported by {@link RuleSource}, with line and column. */
    private PackageDescr parse(String name, String text) {
        PackageDescr pkg = RuleSource.parse(name, text, problems);
        if (pkg == null) return null;
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.isQuery()) continue;
            readMetadata(name, text, rule);
        }
        return pkg;
    }

    private void readMetadata(String file, String text, RuleDescr rule) {
        String proposition = annotation(rule, "proposition");
        String section = annotation(rule, "section");
        String paraphrase = annotation(rule, "paraphrase");
        int line = rule.getLine();
        if (proposition == null) {
            problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" has no @proposition(\"P…\") naming the paper's proposition it encodes"));
        } else if (!PROPOSITION.matcher(proposition).matches()) {
            int[] at = annotationPosition(text, rule, "proposition");
            problems.add(new RuleProblem(file, at[0], at[1], "rule \"" + rule.getName() + "\": @proposition(\"" + proposition + "\") is not a proposition id like P20"));
        } else if (propositions.isPresent() && !propositions.contains(proposition)) {
            int[] at = annotationPosition(text, rule, "proposition");
            problems.add(new RuleProblem(file, at[0], at[1], "rule \"" + rule.getName() + "\": @proposition(\"" + proposition + "\") is not in " + propositions.file()));
        }
        if (section == null) {
            problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" has no @section(\"…\") naming the paper's section"));
        }
        RuleInfo previous = rules.get(rule.getName());
        if (previous != null) {
            problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" is already defined at " + previous.file() + ":" + previous.line()));
            return;
        }
        rules.put(rule.getName(), new RuleInfo(rule.getName(), proposition, section, paraphrase, file, line, null, null));
    }

    /**
     * The file's text with each rule's consequence, one of the vocabulary's statements, compiled into the
     * Java that inserts its typed fact with the statement filled from the rule's {@code @statement} template.
     * The generated code keeps the consequence's lines, so positions in the builder's messages stay the analyst's.
     * Also checks every rule's conditions against the vocabulary, and records each rule's role and level.
     */
    private String consequences(String file, String text, PackageDescr pkg) {
        StringBuilder out = new StringBuilder(text);
        List<RuleDescr> rulesInFile = new ArrayList<>(pkg.getRules());
        rulesInFile.sort(java.util.Comparator.comparingInt(RuleDescr::getStartCharacter).reversed()); // edit from the end
        for (RuleDescr rule : rulesInFile) {
            if (rule.isQuery()) continue;
            String consequence = ConsequenceStatement.text(rule);
            int lhsEnd = rule.getLhs() == null ? rule.getStartCharacter() : Math.max(rule.getLhs().getEndCharacter(), rule.getStartCharacter());
            int at = ConsequenceStatement.offset(text, rule);
            java.util.Set<String> bindings = bindings(rule.getLhs() == null ? "" : text.substring(Math.max(rule.getLhs().getStartCharacter(), 0),
                    Math.min(text.length(), Math.max(lhsEnd + 1, 0))));
            ConsequenceStatement statement = ConsequenceStatement.parse(consequence, bindings);
            problems.addAll(statement.located(file, text, rule));
            RuleInfo info = rules.get(rule.getName());
            if (info != null && info.file().equals(file) && info.line() == rule.getLine()) {
                rules.put(rule.getName(), new RuleInfo(info.name(), info.proposition(), info.section(), info.paraphrase(), info.file(),
                        info.line(), statement.role(), statement.level()));
            }
            if (!statement.problems().isEmpty() || at < 0) continue;
            String template = annotation(rule, "statement");
            int[] templateAt = annotationPosition(text, rule, "statement");
            if (template == null) {
                problems.add(new RuleProblem(file, rule.getLine(), 1, "rule \"" + rule.getName()
                        + "\" has no @statement(\"…\"): the sentence its consequence says, e.g. @statement(\"{$who.name} is excluded\")"));
                continue;
            }
            StatementTemplate compiled = StatementTemplate.compile(template, bindings);
            for (StatementTemplate.Problem p : compiled.problems()) {
                problems.add(new RuleProblem(file, templateAt[0], templateAt[1] + p.offset(), "rule \"" + rule.getName() + "\": @statement: " + p.message()));
            }
            if (!compiled.problems().isEmpty()) continue;
            String java = statement.java(compiled.java());
            long lines = consequence.chars().filter(ch -> ch == '\n').count();
            out.replace(at, at + consequence.length(), java + "\n".repeat((int) lines));
        }
        return out.toString();
    }

    private static final Pattern BINDING = Pattern.compile("(\\$[A-Za-z_][A-Za-z0-9_]*)\\s*:(?!:)");

    /** The bindings a rule's conditions declare ({@code $who: Actor(…)}, {@code $power: actor}). */
    private static java.util.Set<String> bindings(String conditions) {
        String bare = conditions.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        java.util.Set<String> names = new java.util.TreeSet<>();
        Matcher m = BINDING.matcher(bare);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static int[] position(String text, int offset) {
        RuleText.Position p = RuleText.position(text, offset);
        return new int[]{p.line(), p.column()};
    }

    private static int[] annotationPosition(String text, RuleDescr rule, String name) {
        if (text.indexOf("@" + name + "(", Math.max(rule.getStartCharacter(), 0)) < 0) return new int[]{rule.getLine(), 1};
        RuleText.Position p = RuleText.annotation(text, rule.getStartCharacter(), name);
        return new int[]{p.line(), p.column()};
    }

    /** Annotation value with the quotes the parser keeps stripped off (stack notes, pitfall 1). */
    static String annotation(RuleDescr rule, String name) {
        AnnotationDescr a = rule.getAnnotation(name);
        if (a == null) return null;
        Object v = a.getSingleValue();
        if (v == null) v = a.getValue();
        if (v == null) return null;
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }

    /** Maps a builder message back to the analyst's file, and finds a line the builder could not give. */
    private RuleProblem locate(Message m) {
        String file = m.getPath() == null ? null : generatedToFile.get(m.getPath());
        if (file == null && m.getPath() != null) {
            for (Map.Entry<String, String> g : generatedToFile.entrySet()) {
                if (m.getPath().endsWith(g.getKey()) || g.getKey().endsWith(m.getPath())) file = g.getValue();
            }
        }
        String text = m.getText().strip();
        int line = m.getLine();
        int column = m.getColumn();
        if (file == null || line <= 0) {
            // The executable model sometimes reports no position (unknown property) or a generated one.
            String[] found = findMentioned(text, file);
            if (found != null) {
                file = found[0];
                line = Integer.parseInt(found[1]);
                column = Integer.parseInt(found[2]);
            }
        }
        return new RuleProblem(file == null ? "rules" : file, Math.max(line, 0), Math.max(column, 0), firstLine(text));
    }

    /** Looks for the rule named in the message, then an identifier it quotes, in the analyst's files. */
    private String[] findMentioned(String message, String preferredFile) {
        List<String> needles = new ArrayList<>();
        Matcher q = QUOTED.matcher(message);
        while (q.find()) needles.add(q.group(1) != null ? q.group(1) : q.group(2));
        Matcher rule = Pattern.compile("[Rr]ule(?: name)?[ =:]+\"?([^\"\\n]+?)\"?(?:\\s|$|,)").matcher(message);
        String ruleName = rule.find() ? rule.group(1).strip() : null;
        for (Map.Entry<String, String> f : files.texts().entrySet()) {
            if (preferredFile != null && !preferredFile.equals(f.getKey())) continue;
            int from = ruleName == null ? 1 : Math.max(RuleText.ruleLine(f.getValue(), ruleName), 1);
            for (String needle : needles) {
                java.util.Optional<RuleText.Position> at = RuleText.firstNaming(f.getValue(), from, Integer.MAX_VALUE, needle);
                if (at.isPresent()) return new String[]{f.getKey(), String.valueOf(at.get().line()), String.valueOf(at.get().column())};
            }
            if (ruleName != null && from > 1) return new String[]{f.getKey(), String.valueOf(from), "1"};
        }
        return null;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl).strip();
    }

    private static List<RuleProblem> dedupe(List<RuleProblem> problems) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(problems));
    }

    private static String flat(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
