package org.concert.authoring;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static bounds on what one rule can cost, checked on the parsed DRL before anything compiles. A rule's patterns join
 * left to right, so a pattern that shares no key with those before it multiplies the partial matches by every fact
 * of its type: a posted case with a thousand events then makes a million. So:
 * <ul>
 *   <li>every pattern after a rule's first is <em>joined on a key</em>: one of its constraints is an equality (or
 *       {@code contains}, {@code memberOf}) between one of its own fields and a variable bound before it, or it comes
 *       {@code from} such a variable, or it is a {@code Parameter} looked up by its literal name (parameters are the
 *       rule base's own, never a case's). This holds inside {@code not}, {@code exists}, {@code or} and the inputs of
 *       {@code accumulate} and {@code collect} too;</li>
 *   <li>at most {@value #MAX_PATTERNS} patterns in a rule, at most {@value #MAX_ACCUMULATES} {@code accumulate}s
 *       or {@code collect}s, each over at most {@value #MAX_ACCUMULATE_PATTERNS} patterns.</li>
 * </ul>
 * The bounds hold for every rule the gate lets in; rules that served before them (a few cross products between
 * organisations and great powers) are checked again once edited. What a rule that keeps to these costs still grows
 * with the facts that share a key; the gate measures that on scaled cases, and every evaluation runs within limits of
 * time, firings and memory.
 */
public final class RuleBounds {

    static final int MAX_PATTERNS = 12;
    static final int MAX_ACCUMULATES = 2;
    static final int MAX_ACCUMULATE_PATTERNS = 2;

    private static final Pattern BINDING = Pattern.compile("(\\$[A-Za-z_][A-Za-z0-9_]*)\\s*:(?!:)");
    private static final List<String> OPERATORS = List.of("contains", "excludes", "matches", "memberOf", "soundslike", "str", "in");
    private static final Set<String> KEY_OPERATORS = Set.of("contains", "memberOf");

    private final String file;
    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleBounds(String file) {
        this.file = file;
    }

    /** Every rule of every rule file, as at start-up: the problems of those that do not keep the bounds. */
    public static List<RuleProblem> check(RuleFiles files) {
        return check(files, null);
    }

    /**
     * The rules of {@code proposed} that are new or changed since {@code before} (all of them when it is null): those
     * that do not keep the bounds. A rule is unchanged when its file has a rule of the same name with the same lines
     * and the DSL is the same; rules that were serving before the bounds existed keep serving until they are edited.
     */
    public static List<RuleProblem> check(RuleFiles proposed, RuleFiles before) {
        String dsl = dsl(proposed);
        boolean dslChanged = before == null || !dsl.equals(dsl(before));
        List<RuleProblem> problems = new ArrayList<>();
        proposed.texts().forEach((name, text) -> {
            boolean drl = name.endsWith(".drl"), dslr = name.endsWith(".dslr");
            if (!drl && !dslr) return;
            String old = before == null ? null : before.texts().get(name);
            if (text.equals(old) && !(dslr && dslChanged)) return;
            Map<String, String> unchanged = old == null || dslr && dslChanged ? Map.of() : ruleTexts(old, dslr ? dsl : null);
            problems.addAll(new RuleBounds(name).file(text, dslr ? dsl : null, unchanged));
        });
        return problems;
    }

    private static String dsl(RuleFiles files) {
        StringBuilder dsl = new StringBuilder();
        files.texts().forEach((name, text) -> {
            if (name.endsWith(".dsl")) dsl.append(text).append('\n');
        });
        return dsl.toString();
    }

    private static PackageDescr parse(String text, String dsl) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        try {
            PackageDescr pkg = dsl == null ? parser.parse(false, text) : parser.parse(false, text, new StringReader(dsl));
            return pkg == null || parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException e) {
            return null; // the validator and the compiler report what does not parse
        }
    }

    /** Each rule's lines, by its name. */
    private static Map<String, String> ruleTexts(String text, String dsl) {
        PackageDescr pkg = parse(text, dsl);
        if (pkg == null) return Map.of();
        String[] lines = text.split("\n", -1);
        Map<String, String> rules = new HashMap<>();
        for (RuleDescr r : pkg.getRules()) rules.put(r.getName(), lines(lines, r));
        return rules;
    }

    private static String lines(String[] lines, RuleDescr r) {
        int from = Math.max(0, r.getLine() - 1), to = Math.min(lines.length, Math.max(r.getEndLine(), r.getLine()));
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, Math.max(from, to)));
    }

    private List<RuleProblem> file(String text, String dsl, Map<String, String> unchanged) {
        PackageDescr pkg = parse(text, dsl);
        if (pkg == null) return List.of();
        String[] lines = text.split("\n", -1);
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.getLhs() == null || lines(lines, rule).equals(unchanged.get(rule.getName()))) continue;
            new RuleWalk(rule).walk();
        }
        return problems;
    }

    /** One rule's conditions, in order, with the variables bound so far. */
    private final class RuleWalk {
        final RuleDescr rule;
        final Set<String> bound = new HashSet<>();
        int patterns;
        int accumulates;
        boolean first = true;

        RuleWalk(RuleDescr rule) {
            this.rule = rule;
        }

        void walk() {
            element(rule.getLhs());
            if (patterns > MAX_PATTERNS) {
                problem(rule.getLine(), patterns + " patterns; a rule may have at most " + MAX_PATTERNS);
            }
            if (accumulates > MAX_ACCUMULATES) {
                problem(rule.getLine(), accumulates + " accumulates and collects; a rule may have at most " + MAX_ACCUMULATES);
            }
        }

        void element(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                pattern(p);
            } else if (d instanceof ConditionalElementDescr ce) {
                // and, or, not, exists, forall: every branch sees what was bound before it; or-branches bind alike.
                Set<String> before = new HashSet<>(bound);
                boolean branching = !(d instanceof AndDescr);
                Set<String> after = new HashSet<>(bound);
                for (BaseDescr c : ce.getDescrs()) {
                    if (branching) {
                        bound.clear();
                        bound.addAll(before);
                    }
                    element(c);
                    after.addAll(bound);
                }
                bound.clear();
                bound.addAll(after);
            }
        }

        void pattern(PatternDescr p) {
            patterns++;
            PatternSourceDescr source = p.getSource();
            boolean wasFirst = first;
            first = false;
            if (source instanceof AccumulateDescr || source instanceof CollectDescr) {
                accumulate(p, source);
            } else if (source instanceof FromDescr from) {
                if (!wasFirst && !mentionsBound(from.getExpression())) {
                    problem(p.getLine(), "the pattern " + p.getObjectType() + " comes from \"" + from.getExpression().strip()
                            + "\", which names no variable bound before it: join it on a key");
                }
            } else if (!wasFirst && !joined(p)) {
                problem(p.getLine(), "the pattern " + p.getObjectType() + "( … ) shares no key with the patterns before it "
                        + "(a cross product): constrain one of its fields with == to a variable bound before it");
            }
            bindings(p);
        }

        /** An accumulate or collect: its inputs are joined among themselves and to what is bound outside. */
        void accumulate(PatternDescr result, PatternSourceDescr source) {
            accumulates++;
            patterns--; // the result (a List, or the accumulate's own pattern) matches no fact
            List<PatternDescr> inputs = new ArrayList<>();
            BaseDescr input = source instanceof AccumulateDescr a ? a.getInput() : ((CollectDescr) source).getInputPattern();
            collectPatterns(input, inputs);
            if (inputs.size() > MAX_ACCUMULATE_PATTERNS) {
                problem(result.getLine(), "an accumulate or collect over " + inputs.size() + " patterns; at most "
                        + MAX_ACCUMULATE_PATTERNS + " are allowed");
            }
            boolean outside = !bound.isEmpty();
            Set<String> saved = new HashSet<>(bound);
            for (int i = 0; i < inputs.size(); i++) {
                PatternDescr p = inputs.get(i);
                patterns++;
                if ((i > 0 || outside) && !joined(p)) {
                    problem(p.getLine(), "the pattern " + p.getObjectType() + "( … ) inside an accumulate or collect shares no key "
                            + (i == 0 ? "with the patterns before it" : "with the pattern before it inside") + " (a cross product)");
                }
                bindings(p);
            }
            bound.clear();
            bound.addAll(saved);
            if (source instanceof AccumulateDescr a) {
                for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                    if (fn.getBind() != null) bound.add(fn.getBind());
                }
            }
        }

        void collectPatterns(BaseDescr d, List<PatternDescr> into) {
            if (d instanceof PatternDescr p) into.add(p);
            else if (d instanceof ConditionalElementDescr ce) for (BaseDescr c : ce.getDescrs()) collectPatterns(c, into);
        }

        void bindings(PatternDescr p) {
            if (p.getIdentifier() != null) bound.add(p.getIdentifier().startsWith("$") ? p.getIdentifier() : p.getIdentifier());
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    Matcher m = BINDING.matcher(e.getExpression());
                    while (m.find()) bound.add(m.group(1));
                }
            }
        }

        /** Whether one of the pattern's constraints joins it on a key to a variable bound before it. */
        boolean joined(PatternDescr p) {
            for (BaseDescr c : p.getDescrs()) {
                if (!(c instanceof ExprConstraintDescr e)) continue;
                String expression = BINDING.matcher(e.getExpression()).replaceAll("");
                if (expression.isBlank()) continue;
                Node tree;
                try {
                    Node parsed = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(OPERATORS), expression);
                    tree = parsed instanceof DrlxExpression d ? d.getExpr() : parsed;
                } catch (RuntimeException unparsed) {
                    continue; // the compiler reports it
                }
                if (tree instanceof Expression x && key(x, p)) return true;
            }
            return false;
        }

        /** A conjunct {@code field == $bound}; both sides of an {@code ||} must be keys; one side of an {@code &&} will do. */
        boolean key(Expression x, PatternDescr p) {
            if (x instanceof EnclosedExpr en) return key(en.getInner(), p);
            if (x instanceof BinaryExpr b) {
                switch (b.getOperator()) {
                    case AND: return key(b.getLeft(), p) || key(b.getRight(), p);
                    case OR: return key(b.getLeft(), p) && key(b.getRight(), p);
                    case EQUALS: return keyPair(b.getLeft(), b.getRight(), p);
                    default: return false;
                }
            }
            if (x instanceof PointFreeExpr pf && !pf.isNegated() && KEY_OPERATORS.contains(pf.getOperator().asString())
                    && pf.getRight().size() == 1) {
                return keyPair(pf.getLeft(), pf.getRight().get(0), p);
            }
            return false;
        }

        /** One side names only the pattern's own fields, the other a variable bound before (or, for a Parameter, a literal name). */
        boolean keyPair(Expression a, Expression b, PatternDescr p) {
            if (own(a) && (mentionsBound(b) || parameterName(p, a, b))) return true;
            return own(b) && (mentionsBound(a) || parameterName(p, b, a));
        }

        boolean own(Expression x) {
            return !(x instanceof LiteralExpr) && !mentionsBound(x) && !names(x).isEmpty();
        }

        boolean parameterName(PatternDescr p, Expression field, Expression value) {
            String type = p.getObjectType();
            return (type.equals("Parameter") || type.endsWith(".Parameter")) && names(field).equals(List.of("name"))
                    && value.isStringLiteralExpr();
        }

        boolean mentionsBound(Node x) {
            for (String n : names(x)) if (bound.contains(n)) return true;
            return false;
        }

        boolean mentionsBound(String expression) {
            Matcher m = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*").matcher(expression);
            while (m.find()) if (bound.contains(m.group())) return true;
            return false;
        }

        List<String> names(Node x) {
            List<String> names = new ArrayList<>();
            x.walk(n -> {
                if (n instanceof NameExpr name) names.add(name.getNameAsString());
                else if (n instanceof DrlNameExpr name) names.add(name.getNameAsString());
            });
            return names;
        }

        void problem(int line, String message) {
            problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\": " + message));
        }
    }
}
