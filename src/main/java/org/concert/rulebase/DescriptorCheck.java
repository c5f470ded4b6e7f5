package org.concert.rulebase;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import org.concert.rulebase.AllowList.Shape;
import org.concert.rulebase.RuleAdmission.Check;
import org.concert.vocabulary.Parameter;
import org.concert.vocabulary.Vocabulary;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks the DRL parser's descriptors of one rule file and admits only what a rule of the vocabulary needs: a package
 * under {@code concert}, imports of the vocabulary, rules with plain names, the project's metadata, literal attributes,
 * conditions built of patterns ({@code and}, {@code or}, {@code not}, {@code exists}, {@code forall}, {@code from},
 * {@code collect}, {@code accumulate} with built-in functions, {@code eval}) whose expressions pass the
 * {@link ExpressionCheck}, and a consequence that is one of the vocabulary's statements. Every other descriptor is refused.
 */
final class DescriptorCheck {

    private static final Pattern PACKAGE = Pattern.compile("concert(\\.[a-z][a-z0-9_]*)*");
    /** Rule names are sentences; quotes, backslashes and comment markers could reach generated Java, so they are not allowed. */
    private static final Pattern RULE_NAME = Pattern.compile("[\\p{L}\\p{N} '’,;:.()?!&%§-]+");
    /** The metadata the compiler, the catalogue and statements read. */
    static final Set<String> ANNOTATIONS = Set.of("proposition", "section", "paraphrase", "statement");
    /** A plain string: no backslash (escapes), no line break. The engine evaluates metadata as an expression when it builds. */
    private static final Pattern PLAIN_STRING = Pattern.compile("\"[^\"\\\\\\r\\n]*\"");
    /** DRL's built-in accumulate functions a rule may use. */
    static final Set<String> AGGREGATES = Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]{1,6}");
    private static final String PATTERNS_MATCH = "a pattern matches a fact (" + names(Vocabulary.FACT_TYPES) + "), a conclusion ("
            + String.join(", ", Vocabulary.conclusions().stream().map(Vocabulary.TypeInfo::type).toList()) + "), a warning ("
            + String.join(", ", Vocabulary.warnings().stream().map(Vocabulary.TypeInfo::type).toList()) + ") or a value (String, List)";

    private final String file;
    private final String drl;
    private final AllowList allow;
    private final Set<Check> skipped;
    private final Set<String> parameters;
    private final List<RuleProblem> problems;
    private final String[] originalLines;
    private final String[] drlLines;

    private RuleDescr rule;
    private Map<String, Shape> bindings;

    DescriptorCheck(String file, String original, String drl, AllowList allow, Set<Check> skipped, Set<String> parameters, List<RuleProblem> problems) {
        this.file = file;
        this.drl = drl;
        this.allow = allow;
        this.skipped = skipped;
        this.parameters = parameters;
        this.problems = problems;
        this.originalLines = original.split("\n", -1);
        this.drlLines = drl.split("\n", -1);
    }

    void check(PackageDescr pkg) {
        if (!skipped.contains(Check.PACKAGE) && !PACKAGE.matcher(pkg.getName()).matches()) {
            at(pkg, "package " + pkg.getName() + ": rule files belong to a package under concert, e.g. package concert.rules;");
        }
        if (!skipped.contains(Check.IMPORTS)) imports(pkg);
        if (!skipped.contains(Check.DECLARATIONS)) declarations(pkg);
        if (!skipped.contains(Check.ATTRIBUTES)) for (AttributeDescr a : pkg.getAttributes()) attribute(a, "the package");
        for (RuleDescr r : pkg.getRules()) rule(r);
    }

    private void imports(PackageDescr pkg) {
        for (ImportDescr i : pkg.getImports()) {
            if (i instanceof FunctionImportDescr) {
                at(i, "import function " + i.getTarget() + " is not allowed: rules call only the vocabulary's functions");
            } else if (!allow.importable(i.getTarget())) {
                at(i, "import " + i.getTarget() + " is not allowed: `" + i.getTarget() + "` is not part of the rule vocabulary; rules import "
                        + "org.concert.casefile.*, org.concert.vocabulary.* and the value types they use (e.g. java.util.List)");
            }
        }
        pkg.getFunctionImports().forEach(i -> at(i, "import function " + i.getTarget() + " is not allowed: rules call only the vocabulary's functions"));
        pkg.getAccumulateImports().forEach(i -> at(i, "import accumulate " + i.getTarget() + " is not allowed: accumulates use "
                + String.join(", ", new java.util.TreeSet<>(AGGREGATES))));
    }

    private void declarations(PackageDescr pkg) {
        pkg.getFunctions().forEach(f -> at(f, "function " + f.getName() + " is not allowed: rules match facts and state conclusions; a pure "
                + "function they need belongs in the vocabulary's Functions"));
        pkg.getGlobals().forEach(g -> at(g, "global " + g.getType() + " " + g.getIdentifier() + " is not allowed: rules see only the case's facts"));
        pkg.getTypeDeclarations().forEach(t -> at(t, "declare " + t.getTypeName() + " is not allowed: conclusions and warnings are the "
                + "vocabulary's types; ask for a new one there"));
        pkg.getEnumDeclarations().forEach(t -> at(t, "declare enum " + t.getTypeName() + " is not allowed"));
        pkg.getEntryPointDeclarations().forEach(t -> at(t, "entry points are not allowed in rules"));
        pkg.getWindowDeclarations().forEach(t -> at(t, "windows are not allowed in rules"));
        if (pkg.getUnit() != null) at(pkg.getUnit(), "rule units are not allowed in rules");
    }

    private void rule(RuleDescr r) {
        rule = r;
        bindings = new LinkedHashMap<>();
        if (r instanceof QueryDescr || r.isQuery()) {
            if (!skipped.contains(Check.DECLARATIONS)) at(r, "query " + r.getName() + " is not allowed: rules only match facts and state conclusions");
            return;
        }
        if (!skipped.contains(Check.RULE_NAMES) && !RULE_NAME.matcher(r.getName()).matches()) {
            at(r, "rule \"" + r.getName().replaceAll("[^\\p{L}\\p{N} ]", "?") + "\": a rule's name is a sentence of letters, digits, spaces "
                    + "and ' ’ , ; : . ( ) ? ! & % § -");
        }
        if (r.getParentName() != null && !skipped.contains(Check.DECLARATIONS)) {
            at(r, where() + "extends is not allowed: repeat the conditions, or derive a conclusion both rules use");
        }
        if (!skipped.contains(Check.ANNOTATIONS)) annotations(r);
        if (!skipped.contains(Check.ATTRIBUTES)) for (AttributeDescr a : r.getAttributes().values()) attribute(a, "rule \"" + r.getName() + "\"");
        if (r.getLhs() != null) conditions(r.getLhs());
        if (!skipped.contains(Check.CONSEQUENCE)) consequence(r);
        if (!skipped.contains(Check.TEMPLATES)) template(r);
    }

    private void annotations(RuleDescr r) {
        for (AnnotationDescr a : r.getAnnotations()) {
            RuleText.Position p = RuleText.annotation(drl, r.getStartCharacter(), a.getName());
            if (!ANNOTATIONS.contains(a.getName())) {
                problem(p, where() + "@" + a.getName() + " is not rule metadata; rules carry @proposition, @section, @paraphrase and @statement");
                continue;
            }
            Object value = a.getValueMap().size() == 1 ? a.getValueMap().get(AnnotationDescr.VALUE) : null;
            if (!(value instanceof String s) || !PLAIN_STRING.matcher(s.strip()).matches()) {
                problem(p, where() + "@" + a.getName() + " takes one plain string in double quotes, without backslashes or line breaks");
            }
        }
    }

    /** Attributes take literals only, of the few that mean something for Concert's rules. */
    private void attribute(AttributeDescr a, String owner) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        boolean ok = switch (name) {
            case "salience" -> WHOLE_NUMBER.matcher(value).matches();
            case "no-loop", "lock-on-active", "enabled" -> value.equals("true") || value.equals("false");
            case "dialect" -> value.equals("java") || value.equals("\"java\"");
            default -> false;
        };
        if (!ok) {
            at(a, owner + ": the attribute " + name + (value.isEmpty() ? "" : " " + abbreviate(value)) + " is not allowed; rules may set salience to a "
                    + "whole number, no-loop, lock-on-active and enabled to true or false, and dialect \"java\"");
        }
    }

    private void conditions(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            pattern(p);
        } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr || d instanceof ForallDescr) {
            for (BaseDescr c : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) conditions(c);
        } else if (d instanceof EvalDescr e) {
            if (skipped.contains(Check.EVAL)) return;
            expression(String.valueOf(e.getContent()), e, null);
        } else {
            at(d, where() + kind(d) + " is not allowed in conditions: use patterns, and, or, not, exists, forall, from, collect, accumulate and eval");
        }
    }

    private void pattern(PatternDescr p) {
        String typeName = p.getObjectType();
        Class<?> type = typeName == null ? null : allow.patternType(typeName).orElse(null);
        boolean checkPattern = !skipped.contains(Check.PATTERNS);
        if (type == null && checkPattern) {
            at(p, where() + "unknown type " + typeName + ": " + (typeName != null && typeName.contains(".") ? "`" + typeName
                    + "` is not part of the rule vocabulary; " : "") + PATTERNS_MATCH);
        }
        if (checkPattern) {
            if (!p.getAnnotations().isEmpty()) at(p, where() + "annotations on a pattern are not allowed");
            if (!p.getBehaviors().isEmpty()) at(p, where() + "windows (over …) are not allowed");
            if (p.isQuery()) at(p, where() + "query calls are not allowed");
        }
        Shape shape = type == null ? Shape.UNKNOWN : Shape.of(type);
        BaseDescr source = p.getSource();
        if (source instanceof CollectDescr c) {
            Class<?> collected = null;
            if (c.getInputPattern() != null) {
                pattern(c.getInputPattern());
                collected = allow.patternType(String.valueOf(c.getInputPattern().getObjectType())).orElse(null);
            }
            shape = new Shape(type, collected);
        } else if (source instanceof AccumulateDescr a) {
            accumulate(a);
        } else if (source instanceof FromDescr f) {
            if (!skipped.contains(Check.FROM)) {
                expression(f.getExpression(), f, null);
                String data = f.getDataSource() == null ? null : f.getDataSource().getText();
                if (data != null && !data.strip().equals(f.getExpression().strip())) expression(data, f, null);
            }
        } else if (source != null && checkPattern) {
            at(source, where() + kind(source) + " is not allowed as a source: use from, collect or accumulate");
        }
        if (p.getIdentifier() != null) bind(p.getIdentifier(), shape, p);
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                constraint(e, shape, type);
            } else if (checkPattern) {
                at(c, where() + kind(c) + " is not allowed in a pattern");
            }
        }
    }

    private void accumulate(AccumulateDescr a) {
        boolean check = !skipped.contains(Check.ACCUMULATE);
        if (check && a.getClass() != AccumulateDescr.class) {
            at(a, where() + kind(a) + " is not allowed: use accumulate with " + String.join(", ", new java.util.TreeSet<>(AGGREGATES)));
        }
        if (check && (a.getInitCode() != null || a.getActionCode() != null || a.getReverseCode() != null || a.getResultCode() != null)) {
            at(a, where() + "accumulate with init/action/reverse/result code is not allowed: use "
                    + String.join(", ", new java.util.TreeSet<>(AGGREGATES)));
        }
        if (a.getInput() != null) conditions(a.getInput());
        for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
            if (check && !AGGREGATES.contains(fn.getFunction())) {
                at(a, where() + "the accumulate function " + fn.getFunction() + " is not allowed: use "
                        + String.join(", ", new java.util.TreeSet<>(AGGREGATES)));
            }
            Shape argument = Shape.UNKNOWN;
            if (!check) {
                argument = Shape.UNKNOWN;
            } else {
                for (String param : fn.getParams()) argument = expression(param, a, null);
            }
            if (fn.getBind() != null) bind(fn.getBind(), result(fn.getFunction(), argument), a);
        }
    }

    private static Shape result(String function, Shape argument) {
        return switch (function) {
            case "count" -> Shape.of(Long.class);
            case "sum", "average" -> Shape.of(Double.class);
            case "min", "max" -> argument.known() ? argument : Shape.of(Number.class);
            case "collectList" -> new Shape(List.class, argument.type());
            case "collectSet" -> new Shape(Set.class, argument.type());
            default -> Shape.UNKNOWN;
        };
    }

    private void constraint(ExprConstraintDescr c, Shape self, Class<?> type) {
        DrlxExpression parsed = parse(c.getExpression(), c);
        if (parsed == null) return;
        int base = offsetOf(c.getExpression(), c);
        Shape value = new ExpressionCheck(allow, skipped, (word, reason) -> refuse(word, reason, c.getExpression(), base, c))
                .check(parsed.getExpr(), new ExpressionCheck.Scope(self, bindings));
        if (parsed.getBind() != null) bind(parsed.getBind().asString(), value, c);
        if (type == Parameter.class && parameters != null && parsed.getExpr() instanceof BinaryExpr b
                && b.getLeft() instanceof NameExpr left && left.getNameAsString().equals("name")
                && b.getRight() instanceof StringLiteralExpr named && !parameters.contains(named.asString())) {
            refuse("\"" + named.asString() + "\"", "unknown parameter \"" + named.asString() + "\" (parameters.yaml defines "
                    + String.join(", ", parameters) + ")", c.getExpression(), base, c);
        }
    }

    /** Checks an expression outside a pattern's constraints (from, eval, accumulate arguments): only bindings, constants and functions. */
    private Shape expression(String text, BaseDescr near, Shape self) {
        if (text == null || text.isBlank()) {
            at(near, where() + "an empty expression");
            return Shape.UNKNOWN;
        }
        DrlxExpression parsed = parse(text, near);
        if (parsed == null) return Shape.UNKNOWN;
        int base = offsetOf(text, near);
        if (parsed.getBind() != null) {
            refuse(parsed.getBind().asString(), "a binding has no place here", text, base, near);
        }
        return new ExpressionCheck(allow, skipped, (word, reason) -> refuse(word, reason, text, base, near))
                .check(parsed.getExpr(), new ExpressionCheck.Scope(self, bindings));
    }

    private DrlxExpression parse(String text, BaseDescr near) {
        try {
            return DrlxParseUtil.parseExpression(text);
        } catch (RuntimeException | StackOverflowError e) {
            // The executable model parses with this same parser: what it cannot read is refused here, never guessed at.
            at(near, where() + "cannot read the expression " + abbreviate(text.strip()) + " (" + firstLine(e.getMessage()) + ")");
            return null;
        }
    }

    private void bind(String name, Shape shape, BaseDescr at) {
        if (!name.startsWith("$") && !skipped.contains(Check.PATTERNS)) {
            at(at, where() + "the binding " + name + " must start with $, e.g. $" + name);
        }
        bindings.put(name, shape);
    }

    private void consequence(RuleDescr r) {
        if (!r.getNamedConsequences().isEmpty()) {
            at(r, where() + "named consequences (then[…], do[…]) are not allowed: a rule has one consequence");
            return;
        }
        ConsequenceStatement statement = ConsequenceStatement.parse(ConsequenceStatement.text(r), bindings.keySet());
        for (RuleProblem p : statement.located(file, drl, r)) problems.add(new RuleProblem(p.file(), p.line(), column(p.line(), p.column()), p.message()));
    }

    /** The accessors a @statement template reads must be allowed on the types of the bindings they start from. */
    private void template(RuleDescr r) {
        String template = RuleCompiler.annotation(r, "statement");
        if (template == null) return;
        StatementTemplate compiled = StatementTemplate.compile(template, bindings.keySet());
        RuleText.Position start = RuleText.annotation(drl, r.getStartCharacter(), "statement");
        for (StatementTemplate.Reference ref : compiled.references()) {
            Shape shape = bindings.get(ref.path().get(0));
            if (shape == null) continue; // the compiler reports an unbound name, with the bindings there are
            for (String accessor : ref.path().subList(1, ref.path().size())) {
                java.util.Optional<java.lang.reflect.Method> m = shape.known() ? allow.method(shape.type(), accessor, 0) : java.util.Optional.empty();
                if (m.isEmpty()) {
                    problem(new RuleText.Position(start.line(), start.column() + ref.offset()), where() + "@statement: " + String.join(".", ref.path())
                            + ": " + shape.describe() + " has no " + accessor + " a statement may read"
                            + (shape.known() ? " (" + readable(allow.membersOf(shape.type())) + ")" : ""));
                    break;
                }
                shape = AllowList.answer(shape, m.get());
            }
        }
    }

    // ---- where things are -----------------------------------------------------------------------------------------

    /**
     * Refuses what an expression says, at the first place its text shows {@code word} outside string literals (the
     * expression parser keeps no positions); at the expression's start, or its descriptor, when it cannot be found.
     */
    private void refuse(String word, String reason, String text, int base, BaseDescr near) {
        if (base < 0) {
            at(near, where() + reason);
            return;
        }
        problem(RuleText.position(drl, base + Math.max(find(text, word), 0)), where() + reason);
    }

    /** Where {@code word} first stands in code (not inside a string literal), as a whole word if it is one; -1 if nowhere. */
    static int find(String code, String word) {
        if (word.isEmpty()) return -1;
        char[] masked = code.toCharArray();
        boolean inString = false;
        for (int i = 0; i < masked.length; i++) {
            char c = masked[i];
            if (inString) {
                if (c == '\\' && i + 1 < masked.length) {
                    masked[i] = masked[++i] = ' ';
                } else if (c == '"') {
                    inString = false;
                } else {
                    masked[i] = ' ';
                }
            } else if (c == '"' && !word.startsWith("\"")) {
                inString = true;
            }
        }
        String bare = new String(masked);
        boolean identifier = Character.isJavaIdentifierPart(word.charAt(0)) && Character.isJavaIdentifierPart(word.charAt(word.length() - 1));
        for (int at = bare.indexOf(word); at >= 0; at = bare.indexOf(word, at + 1)) {
            if (!identifier) return at;
            boolean before = at > 0 && Character.isJavaIdentifierPart(bare.charAt(at - 1));
            int end = at + word.length();
            boolean after = end < bare.length() && Character.isJavaIdentifierPart(bare.charAt(end));
            if (!before && !after) return at;
        }
        return -1;
    }

    /** Where an expression's text starts in the DRL: at its descriptor, or found in the descriptor's stretch; -1 if not found. */
    private int offsetOf(String text, BaseDescr near) {
        int start = near.getStartCharacter();
        if (start >= 0 && drl.startsWith(text, start)) return start;
        // Some descriptors (from, accumulate arguments) keep no position: find the text in the rule.
        int from = start >= 0 ? start : rule != null ? Math.max(rule.getStartCharacter(), 0) : 0;
        int found = drl.indexOf(text, from);
        int end = start >= 0 && near.getEndCharacter() > start ? near.getEndCharacter() : rule != null && rule.getEndCharacter() > from ? rule.getEndCharacter() : drl.length();
        return found >= 0 && found <= end ? found : -1;
    }

    private void at(BaseDescr d, String message) {
        int line = d.getLine() > 0 ? d.getLine() : rule != null ? rule.getLine() : 0;
        int column = d.getLine() > 0 ? d.getColumn() + 1 : 1;
        problems.add(new RuleProblem(file, line, column(line, column), message));
    }

    private void problem(RuleText.Position p, String message) {
        problems.add(new RuleProblem(file, p.line(), column(p.line(), p.column()), message));
    }

    /**
     * A column of the DRL in the analyst's file: the same where the line was not expanded; in a {@code .dslr} line
     * expanded from a sentence, the sentence's first character.
     */
    private int column(int line, int column) {
        if (line < 1 || line > originalLines.length || line > drlLines.length || originalLines[line - 1].equals(drlLines[line - 1])) return column;
        String o = originalLines[line - 1];
        return o.length() - o.stripLeading().length() + 1;
    }

    private String where() {
        return rule == null ? "" : "rule \"" + rule.getName() + "\": ";
    }

    private static String kind(BaseDescr d) {
        return switch (d.getClass().getSimpleName()) {
            case "ConditionalBranchDescr" -> "a conditional branch (if … do[…])";
            case "NamedConsequenceDescr" -> "a named consequence (do[…])";
            case "EntryPointDescr" -> "an entry point (from entry-point …)";
            case "WindowReferenceDescr" -> "a window (from window …)";
            case "GroupByDescr" -> "groupby";
            default -> d.getClass().getSimpleName().replace("Descr", "");
        };
    }

    private static String readable(Set<String> members) {
        Set<String> shown = new java.util.TreeSet<>(members);
        shown.removeAll(Set.of("equals", "hashCode", "toString"));
        return String.join(", ", shown);
    }

    private static String names(List<Class<?>> types) {
        return String.join(", ", types.stream().map(Class::getSimpleName).toList());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

}
