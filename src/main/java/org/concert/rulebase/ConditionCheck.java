package org.concert.rulebase;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import org.concert.vocabulary.Parameter;
import org.concert.vocabulary.Vocabulary;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a rule's conditions against the {@link Vocabulary}, so that a typo is an error at its line and
 * column rather than a rule that never fires: every pattern matches a known type, every property or
 * method a constraint names belongs to that type (a conclusion's or warning's roles, a fact's fields),
 * and every parameter a rule reads is defined in {@code parameters.yaml}.
 */
final class ConditionCheck {

    private static final List<String> CUSTOM_OPERATORS = List.of("contains", "excludes", "matches", "memberOf", "soundslike", "str", "in");
    /** Classes whose constants or functions a condition may name. */
    private static final Set<String> CLASSES = classes();

    private final String file;
    private final String text;
    private final RuleDescr rule;
    private final Set<String> parameters;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Map<String, Class<?>> types = Vocabulary.matchableTypes();

    private ConditionCheck(String file, String text, RuleDescr rule, Set<String> parameters) {
        this.file = file;
        this.text = text;
        this.rule = rule;
        this.parameters = parameters;
    }

    /** {@code parameters}: the names defined in {@code parameters.yaml}, or null when the rule base has none to check against. */
    static List<RuleProblem> check(String file, String text, RuleDescr rule, Set<String> parameters) {
        ConditionCheck c = new ConditionCheck(file, text, rule, parameters);
        if (rule.getLhs() != null) c.walk(rule.getLhs());
        return c.problems;
    }

    private static Set<String> classes() {
        Set<String> names = new TreeSet<>(Vocabulary.enums().keySet());
        names.add("Functions");
        return names;
    }

    private void walk(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            pattern(p);
            if (p.getSource() instanceof CollectDescr c) walk(c.getInputPattern());
            else if (p.getSource() instanceof AccumulateDescr a && a.getInput() != null) walk(a.getInput());
            else if (p.getSource() instanceof FromDescr) { /* a member of a collection: a value type */ }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr c : ce.getDescrs()) walk(c);
        }
    }

    private void pattern(PatternDescr p) {
        String type = p.getObjectType();
        String simple = type.contains(".") ? type.substring(type.lastIndexOf('.') + 1) : type;
        Class<?> known = types.get(simple);
        if (known == null && !Vocabulary.VALUE_TYPES.contains(simple)) {
            problems.add(new RuleProblem(file, p.getLine(), p.getColumn() + 1, where() + "unknown type " + type
                    + " (conclusions: " + String.join(", ", Vocabulary.conclusions().stream().map(Vocabulary.TypeInfo::type).toList())
                    + "; warnings: " + String.join(", ", Vocabulary.warnings().stream().map(Vocabulary.TypeInfo::type).toList())
                    + "; facts: " + String.join(", ", Vocabulary.FACT_TYPES.stream().map(Class::getSimpleName).toList()) + ")"));
            return;
        }
        if (known == null) return;
        Vocabulary.FactInfo info = Vocabulary.describe(known);
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) constraint(known, info, e);
        }
    }

    private void constraint(Class<?> type, Vocabulary.FactInfo info, ExprConstraintDescr c) {
        Node tree;
        try {
            tree = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(CUSTOM_OPERATORS), c.getExpression());
        } catch (RuntimeException unparsed) {
            return; // the compiler reports what does not parse, with its position
        }
        Node expression = tree instanceof DrlxExpression d ? d.getExpr() : tree;
        expression.walk(n -> {
            if (n instanceof NameExpr name) {
                String id = name.getNameAsString();
                if (id.startsWith("$") || CLASSES.contains(id)) return;
                if (!info.properties().contains(id)) unknown(type, info, id, c, id, "role or property");
            } else if (n instanceof MethodCallExpr call && call.getScope().isEmpty()) {
                if (!info.methods().contains(call.getNameAsString())) unknown(type, info, call.getNameAsString() + "()", c, call.getNameAsString(), "method");
            } else if (n instanceof BinaryExpr b && type == Parameter.class && parameters != null
                    && b.getLeft() instanceof NameExpr left && left.getNameAsString().equals("name")
                    && b.getRight() instanceof StringLiteralExpr value && !parameters.contains(value.asString())) {
                at(c, "\"" + value.asString() + "\"", where() + "unknown parameter \"" + value.asString() + "\" (parameters.yaml defines "
                        + String.join(", ", new TreeSet<>(parameters)) + ")");
            }
        });
    }

    private void unknown(Class<?> type, Vocabulary.FactInfo info, String name, ExprConstraintDescr c, String n, String what) {
        List<String> offered = what.equals("method") ? info.methods() : info.properties();
        if (type.isRecord() && Vocabulary.conclusion(type.getSimpleName()).or(() -> Vocabulary.warning(type.getSimpleName())).isPresent()) {
            Vocabulary.TypeInfo t = Vocabulary.conclusion(type.getSimpleName()).or(() -> Vocabulary.warning(type.getSimpleName())).get();
            at(c, n, where() + type.getSimpleName() + " has no " + what + " " + name + " (roles: " + String.join(", ", t.roleNames())
                    + (t.roles().size() < offered.size() ? "; also " + String.join(", ", offered.stream().filter(o -> !t.roleNames().contains(o)).toList()) : "") + ")");
        } else {
            at(c, n, where() + type.getSimpleName() + " has no " + what + " " + name + " (" + String.join(", ", offered) + ")");
        }
    }

    /**
     * Reports at the first place the constraint's text names {@code word} (the expression parser keeps no
     * positions), counted from where the constraint starts in the file.
     */
    private void at(ExprConstraintDescr c, String word, String message) {
        String expression = c.getExpression();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile((Character.isLetterOrDigit(word.charAt(0)) ? "\\b" : "")
                + java.util.regex.Pattern.quote(word)).matcher(expression);
        int within = m.find() ? m.start() : 0;
        int offset = c.getStartCharacter() + within;
        if (c.getStartCharacter() < 0 || offset > text.length()) {
            problems.add(new RuleProblem(file, c.getLine(), Math.max(c.getColumn() + 1, 1), message));
            return;
        }
        RuleText.Position at = RuleText.position(text, offset);
        problems.add(new RuleProblem(file, at.line(), at.column(), message));
    }

    private String where() {
        return "rule \"" + rule.getName() + "\": ";
    }

    /** The parameter names of a rule base, for checking. */
    static Set<String> names(Parameters parameters) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : parameters.all()) names.add(p.name());
        return names;
    }
}
