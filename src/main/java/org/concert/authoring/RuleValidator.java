package org.concert.authoring;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.rulebase.RuleText;
import org.concert.vocabulary.Vocabulary;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks rule files for code that has no place in a rule, on the parsed DRL: the parser's descriptors
 * give imports, functions, globals, declarations and each rule's conditions and consequence; conditions
 * are parsed as DRL expressions and consequences as Java blocks, and the syntax trees are searched for
 * forbidden types, names, calls and statements. A rule may only use the project's fact model,
 * {@code java.time}, strings, numbers and collections.
 *
 * <p>This is an allow-list of what a rule may name plus a deny-list of escape hatches; see the README's
 * threat model for what it blocks and what remains possible.
 */
public final class RuleValidator {

    /** Imports a rule file may declare: the fact model, the rule vocabulary and a few value types. */
    static final Set<String> ALLOWED_IMPORTS = Set.of("org.concert.casefile.*", "org.concert.vocabulary.*",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection", "java.time.*", "java.time.LocalDate");

    private static final Set<String> ALLOWED_IMPORT_PREFIXES = Set.of("org.concert.casefile.", "org.concert.vocabulary.");

    /** Types a pattern may match: the vocabulary's, and values such as the members of a collection. */
    static final Set<String> FACT_TYPES = factTypes();

    /** Types a consequence may create: the vocabulary's conclusions and warnings. */
    static final Set<String> CONSTRUCTIBLE = constructible();

    private static Set<String> factTypes() {
        Set<String> types = new java.util.TreeSet<>(Vocabulary.matchableTypes().keySet());
        types.addAll(Vocabulary.VALUE_TYPES);
        return Set.copyOf(types);
    }

    private static Set<String> constructible() {
        Set<String> types = new java.util.TreeSet<>();
        Vocabulary.conclusions().forEach(t -> types.add(t.type()));
        Vocabulary.warnings().forEach(t -> types.add(t.type()));
        return Set.copyOf(types);
    }

    /** Names that open a way out of the rule: process, files, network, reflection, class loading, threads, the engine. */
    static final Set<String> FORBIDDEN_NAMES = Set.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle",
            "Thread", "ThreadGroup", "ThreadLocal", "Executors", "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer",
            "ClassLoader", "Class", "Module", "ModuleLayer", "StackWalker", "Unsafe", "MethodHandles", "MethodHandle", "Method",
            "Field", "Constructor", "Proxy", "AccessibleObject", "File", "Files", "Path", "Paths", "FileSystems", "FileInputStream",
            "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "PrintStream", "ObjectInputStream",
            "ObjectOutputStream", "Socket", "ServerSocket", "DatagramSocket", "URL", "URI", "URLClassLoader", "HttpClient",
            "HttpURLConnection", "InetAddress", "InitialContext", "ScriptEngineManager", "ServiceLoader", "Security",
            "SecurityManager", "Introspector", "JarFile", "ZipFile", "drools", "kcontext", "Compiler", "Shutdown");

    /** Qualified prefixes that name the same escape hatches. */
    static final List<String> FORBIDDEN_PACKAGES = List.of("java.io", "java.nio", "java.net", "java.lang.reflect",
            "java.lang.invoke", "java.lang.System", "java.lang.Runtime", "java.lang.Thread", "java.lang.Class", "java.lang.Process",
            "java.util.concurrent", "java.sql", "java.rmi", "java.security", "java.beans", "javax.", "jdk.", "sun.", "com.sun.",
            "org.kie", "org.drools", "org.springframework", "org.concert.authoring", "org.concert.api", "org.concert.server");

    /** Methods that reach reflection, class loading, processes or monitors, whatever object they are called on. */
    static final Set<String> FORBIDDEN_METHODS = Set.of("getClass", "forName", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor",
            "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "invoke", "invokeExact",
            "setAccessible", "exec", "exit", "halt", "loadClass", "defineClass", "getRuntime", "getClassLoader",
            "getContextClassLoader", "getResource", "getResourceAsStream", "lookup", "wait", "notify", "notifyAll",
            "finalize", "getKieRuntime", "getKieBase", "getWorkingMemory", "getEntryPoint", "setGlobal", "getGlobal",
            "getenv", "getProperty", "setProperty", "load", "loadLibrary", "mapLibraryName", "runFinalization", "gc");

    private static final List<String> CUSTOM_OPERATORS = List.of("contains", "excludes", "matches", "memberOf", "soundslike", "str", "in");

    private final List<RuleProblem> problems = new ArrayList<>();
    /** The lines of the file being checked, to point at the line that names what is forbidden. */
    private String[] lines = new String[0];

    private RuleValidator() {
    }

    /** Checks every rule file; a clean rule base gives an empty list. */
    public static List<RuleProblem> check(RuleFiles files) {
        return check(files, files.texts().keySet());
    }

    /**
     * Checks only the named files of a rule base (those a change touched, when the rest was checked
     * before); a changed DSL re-checks every file written in it.
     */
    public static List<RuleProblem> check(RuleFiles files, java.util.Collection<String> names) {
        RuleValidator v = new RuleValidator();
        String dsl = dsl(files);
        boolean dslChanged = names.stream().anyMatch(n -> n.endsWith(".dsl"));
        files.texts().forEach((name, text) -> {
            boolean wanted = names.contains(name) || dslChanged && name.endsWith(".dslr");
            if (!wanted) return;
            if (name.endsWith(".drl")) v.file(name, text, null);
            else if (name.endsWith(".dslr")) v.file(name, text, dsl);
            else if (name.endsWith(".dsl")) v.dslFile(name, text);
        });
        return List.copyOf(v.problems);
    }

    private static String dsl(RuleFiles files) {
        StringBuilder s = new StringBuilder();
        files.texts().forEach((name, text) -> {
            if (name.endsWith(".dsl")) s.append(text).append('\n');
        });
        return s.toString();
    }

    private void file(String name, String text, String dsl) {
        if (unicodeEscapes(name, text)) return;
        lines = text.split("\n", -1);
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr pkg;
        try {
            pkg = dsl == null ? parser.parse(false, text) : parser.parse(false, text, new StringReader(dsl));
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(name, 0, 0, "cannot parse: " + e.getMessage()));
            return;
        }
        if (pkg == null || parser.hasErrors()) return; // syntax errors are the compiler's to report, with positions
        for (ImportDescr i : pkg.getImports()) {
            if (i instanceof FunctionImportDescr) {
                problems.add(new RuleProblem(name, i.getLine(), 0, "import function is not allowed in rules: " + i.getTarget()));
            } else if (!importAllowed(i.getTarget())) {
                problems.add(new RuleProblem(name, i.getLine(), 0, "import " + i.getTarget()
                        + " is not allowed: rules may import only the case facts (org.concert.casefile.*), the rule vocabulary (org.concert.vocabulary.*), java.time and java.util collections"));
            }
        }
        pkg.getFunctionImports().forEach(i -> problems.add(new RuleProblem(name, i.getLine(), 0,
                "import function is not allowed in rules: " + i.getTarget())));
        pkg.getAccumulateImports().forEach(i -> problems.add(new RuleProblem(name, i.getLine(), 0,
                "import accumulate is not allowed in rules: " + i.getTarget())));
        pkg.getFunctions().forEach(f -> problems.add(new RuleProblem(name, f.getLine(), 0,
                "function blocks are not allowed in rules (function " + f.getName() + "): a rule may only match facts and insert conclusions and warnings")));
        pkg.getGlobals().forEach(g -> problems.add(new RuleProblem(name, g.getLine(), 0,
                "globals are not allowed in rules (global " + g.getType() + " " + g.getIdentifier() + ")")));
        pkg.getTypeDeclarations().forEach(t -> problems.add(new RuleProblem(name, t.getLine(), 0,
                "declare is not allowed in rules (declare " + t.getTypeName() + "): use the vocabulary's conclusions, or ask for a new type in it")));
        pkg.getEnumDeclarations().forEach(t -> problems.add(new RuleProblem(name, t.getLine(), 0, "declare enum is not allowed in rules")));
        pkg.getEntryPointDeclarations().forEach(t -> problems.add(new RuleProblem(name, t.getLine(), 0, "entry points are not allowed in rules")));
        pkg.getWindowDeclarations().forEach(t -> problems.add(new RuleProblem(name, t.getLine(), 0, "windows are not allowed in rules")));
        for (RuleDescr rule : pkg.getRules()) rule(name, rule);
    }

    private void rule(String file, RuleDescr rule) {
        String where = "rule \"" + rule.getName() + "\": ";
        for (Map.Entry<String, AttributeDescr> a : rule.getAttributes().entrySet()) {
            if (a.getKey().equals("dialect") && !a.getValue().getValue().replace("\"", "").equals("java")) {
                problems.add(new RuleProblem(file, a.getValue().getLine(), 0, where + "only the java dialect is allowed"));
            }
        }
        if (rule.getLhs() != null) conditions(file, rule, rule.getLhs());
        consequence(file, rule, rule.getConsequence(), rule.getConsequenceLine());
        rule.getNamedConsequences().forEach((n, c) -> consequence(file, rule, c, rule.getConsequenceLine()));
    }

    private void conditions(String file, RuleDescr rule, BaseDescr d) {
        if (d instanceof PatternDescr p) {
            String type = p.getObjectType();
            String simple = type.contains(".") ? type.substring(type.lastIndexOf('.') + 1) : type;
            if (type.contains(".") && !type.startsWith("org.concert.casefile.") || !FACT_TYPES.contains(simple)) {
                problems.add(new RuleProblem(file, p.getLine(), p.getColumn(), "rule \"" + rule.getName() + "\": unknown fact type "
                        + type + " (rules match " + String.join(", ", new java.util.TreeSet<>(FACT_TYPES)) + ")"));
            }
            for (BaseDescr c : p.getDescrs()) conditions(file, rule, c);
            if (p.getSource() != null) source(file, rule, p.getSource());
        } else if (d instanceof ExprConstraintDescr c) {
            expression(file, rule, c.getExpression(), c.getLine());
        } else if (d instanceof EvalDescr e) {
            expression(file, rule, String.valueOf(e.getContent()), e.getLine());
        } else if (d instanceof ConditionalBranchDescr b) {
            if (b.getCondition() != null) conditions(file, rule, b.getCondition());
            if (b.getElseBranch() != null) conditions(file, rule, b.getElseBranch());
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr c : ce.getDescrs()) conditions(file, rule, c);
        } else if (d instanceof PatternSourceDescr s) {
            source(file, rule, s);
        }
    }

    private void source(String file, RuleDescr rule, PatternSourceDescr s) {
        if (s instanceof FromDescr f) {
            expression(file, rule, f.getExpression(), f.getLine());
        } else if (s instanceof CollectDescr c) {
            conditions(file, rule, c.getInputPattern());
        } else if (s instanceof AccumulateDescr a) {
            if (notBlank(a.getInitCode()) || notBlank(a.getActionCode()) || notBlank(a.getReverseCode()) || notBlank(a.getResultCode())) {
                problems.add(new RuleProblem(file, a.getLine(), 0, "rule \"" + rule.getName()
                        + "\": accumulate with init/action/result code is not allowed; use count, sum, collectList and the like"));
            }
            if (a.getInput() != null) conditions(file, rule, a.getInput());
            for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                for (String param : fn.getParams()) expression(file, rule, param, a.getLine());
            }
        } else {
            problems.add(new RuleProblem(file, s.getLine(), 0, "rule \"" + rule.getName() + "\": this kind of source ("
                    + s.getClass().getSimpleName().replace("Descr", "") + ") is not allowed"));
        }
    }

    private void expression(String file, RuleDescr rule, String expression, int line) {
        if (expression == null || expression.isBlank()) return;
        Findings found = new Findings(line);
        try {
            Node tree = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(CUSTOM_OPERATORS), expression);
            inspect(tree instanceof DrlxExpression d ? d.getExpr() : tree, line, found);
        } catch (RuntimeException unparsed) {
            // The executable model parses conditions with this same parser: what it cannot read will not compile.
            found.add("a condition that does not parse (" + expression.strip() + ")", line);
        }
        words(expression, line, found);
        found.report(file, rule, "conditions");
    }

    private void consequence(String file, RuleDescr rule, Object code, int line) {
        String text = code == null ? "" : code.toString();
        if (text.isBlank()) return;
        Findings found = new Findings(line);
        try {
            inspect(MvelParser.parseBlock("{" + text + "\n}"), line, found);
        } catch (RuntimeException unparsed) {
            // The executable model parses consequences with this same parser: what it cannot read will not compile.
            found.add("a consequence that does not parse as Java", line);
        }
        words(text, line, found);
        found.report(file, rule, "consequence");
    }

    /** What was found in one condition or consequence, reported once per rule part. */
    private final class Findings {
        final java.util.SortedMap<String, Integer> items = new java.util.TreeMap<>();
        final int baseLine;

        Findings(int baseLine) {
            this.baseLine = baseLine;
        }

        void add(String item, int line) {
            items.merge(item, line, Math::min);
        }

        void report(String file, RuleDescr rule, String part) {
            if (items.isEmpty()) return;
            int line = locate(rule, part, items.keySet()).orElse(items.values().stream().min(Integer::compare).orElse(baseLine));
            problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\": " + String.join(", ", items.keySet())
                    + (items.size() == 1 ? " is" : " are") + " not allowed in a rule's " + part));
        }
    }

    /** The first line of the rule's conditions or consequence that names one of the items. */
    private java.util.Optional<Integer> locate(RuleDescr rule, String part, java.util.Collection<String> items) {
        int from = Math.max(0, rule.getLine() - 1);
        int to = Math.min(lines.length, rule.getEndLine() > 0 ? rule.getEndLine() : lines.length);
        boolean consequence = part.equals("consequence");
        int start = from;
        for (int i = from; i < to; i++) {
            String t = lines[i].strip();
            if (consequence ? t.startsWith("then") : t.startsWith("when")) {
                start = i;
                break;
            }
        }
        String text = String.join("\n", lines);
        for (String item : items) {
            String word = item.replace("(…)", "").replaceFirst("^new ", "");
            word = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
            if (!word.matches("[A-Za-z_$][A-Za-z0-9_$]*")) continue;
            java.util.Optional<RuleText.Position> at = RuleText.firstNaming(text, start + 1, to, word);
            if (at.isPresent()) return java.util.Optional.of(at.get().line());
        }
        return java.util.Optional.empty();
    }

    /** Walks a syntax tree for forbidden types, names, calls and statements. */
    private static void inspect(Node tree, int baseLine, Findings found) {
        tree.walk(n -> {
            int line = baseLine + n.getBegin().map(p -> p.line - 1).orElse(0);
            if (n instanceof NameExpr name && FORBIDDEN_NAMES.contains(name.getNameAsString())) {
                found.add(name.getNameAsString(), line);
            } else if (n instanceof ClassOrInterfaceType type) {
                String qualified = qualified(type);
                if (FORBIDDEN_NAMES.contains(type.getNameAsString()) || forbiddenPackage(qualified)) found.add(qualified, line);
            } else if (n instanceof FieldAccessExpr field) {
                String qualified = qualified(field);
                if (qualified != null && forbiddenPackage(qualified)) found.add(qualified, line);
            } else if (n instanceof MethodCallExpr call && FORBIDDEN_METHODS.contains(call.getNameAsString())) {
                found.add(call.getNameAsString() + "(…)", line);
            } else if (n instanceof ClassExpr) {
                found.add("class literals", line);
            } else if (n instanceof ObjectCreationExpr created) {
                if (created.getAnonymousClassBody().isPresent()) found.add("anonymous classes", line);
                else if (!CONSTRUCTIBLE.contains(created.getType().getNameAsString())) found.add("new " + qualified(created.getType()), line);
            } else if (n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForStmt) {
                found.add("loops other than for-each", line);
            } else if (n instanceof SynchronizedStmt || n instanceof LabeledStmt || n instanceof TryStmt) {
                found.add(n.getClass().getSimpleName().replace("Stmt", "").toLowerCase() + " statements", line);
            } else if (n instanceof LocalClassDeclarationStmt || n instanceof TypeDeclaration<?>) {
                found.add("class declarations", line);
            }
        });
    }

    private static String qualified(ClassOrInterfaceType type) {
        return type.getScope().map(s -> qualified(s) + ".").orElse("") + type.getNameAsString();
    }

    /** {@code a.b.c} for a chain of names, or null when the chain contains calls. */
    private static String qualified(FieldAccessExpr field) {
        com.github.javaparser.ast.expr.Expression scope = field.getScope();
        String prefix = scope instanceof NameExpr n ? n.getNameAsString()
                : scope instanceof FieldAccessExpr f ? qualified(f) : null;
        return prefix == null ? null : prefix + "." + field.getNameAsString();
    }

    /**
     * The identifiers of the code, outside string literals: a second line of defence for parts of the
     * DRL syntax trees that do not expose their children, and for code the parsers cannot read.
     */
    private static void words(String code, int line, Findings found) {
        String bare = code.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(?:\\\\.|[^'\\\\])*'", "''");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\s*\\.\\s*[A-Za-z_$][A-Za-z0-9_$]*)*(\\s*\\()?").matcher(bare);
        while (m.find()) {
            String word = m.group().replaceAll("[\\s(]", "");
            boolean call = m.group(1) != null;
            String[] parts = word.split("\\.");
            for (int i = 0; i < parts.length; i++) {
                if (FORBIDDEN_NAMES.contains(parts[i])) found.add(parts[i], line);
                if (FORBIDDEN_METHODS.contains(parts[i]) && (i < parts.length - 1 || call)) found.add(parts[i] + "(…)", line);
            }
            if (forbiddenPackage(word)) found.add(word, line);
        }
    }

    private void dslFile(String name, String text) {
        if (unicodeEscapes(name, text)) return;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int eq = line.indexOf('=');
            if (line.isBlank() || line.strip().startsWith("#") || eq < 0) continue;
            String target = line.substring(eq + 1);
            // A DSL line expands into DRL; check what it expands into like any code.
            tokensDsl(name, i + 1, target);
        }
    }

    private void tokensDsl(String file, int line, String code) {
        String bare = code.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]*").matcher(bare);
        while (m.find()) {
            for (String part : m.group().split("\\.")) {
                if (FORBIDDEN_NAMES.contains(part) || FORBIDDEN_METHODS.contains(part)) {
                    problems.add(new RuleProblem(file, line, 0, part + " is not allowed in a DSL expansion"));
                    return;
                }
            }
            if (forbiddenPackage(m.group())) {
                problems.add(new RuleProblem(file, line, 0, m.group() + " is not allowed in a DSL expansion"));
                return;
            }
        }
    }

    /** The Java compiler decodes {@code \}{@code uXXXX} before it reads anything, so an escape can hide code even inside a string. */
    private boolean unicodeEscapes(String name, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("\\u");
            if (at >= 0) {
                problems.add(new RuleProblem(name, i + 1, at + 1, "unicode escapes (\\u…) are not allowed in rule files: write the character itself"));
                return true;
            }
        }
        return false;
    }

    private static boolean importAllowed(String target) {
        if (ALLOWED_IMPORTS.contains(target)) return true;
        for (String prefix : ALLOWED_IMPORT_PREFIXES) {
            if (target.startsWith(prefix) && target.substring(prefix.length()).matches("[A-Z][A-Za-z0-9]*")) return true;
        }
        return target.matches("java\\.time\\.[A-Z][A-Za-z0-9]*");
    }

    private static boolean forbiddenPackage(String qualified) {
        String q = qualified.replaceAll("\\s", "");
        for (String p : FORBIDDEN_PACKAGES) if (q.equals(p) || q.startsWith(p.endsWith(".") ? p : p + ".")) return true;
        return false;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
