package org.concert.rulebase;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import org.concert.casefile.Level;
import org.concert.vocabulary.Explanation;
import org.concert.vocabulary.Stance;
import org.concert.vocabulary.Vocabulary;
import org.drools.drl.ast.descr.RuleDescr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule's consequence, which must be exactly one of the vocabulary's statements ({@link Vocabulary#STATEMENTS}):
 * <pre>
 * conclude(new BufferState($state, $power));
 * warn(HIGH, new RedLineCrossed($power, $state, $alliance));
 * adjust($warning, +1);
 * weigh(FOR, SECURITY_REACTION, $power, $weight);
 * </pre>
 * with bindings, literals and constants as arguments. It tells the rule's role and level (for the catalogue),
 * and compiles, with the statement template, into the one line of Java that inserts the typed fact.
 */
final class ConsequenceStatement {

    /** A problem at a line and column counted within the consequence's text (both from 1). */
    record Problem(int line, int column, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private String role;
    private String level;
    /** The Java of the inserted fact with a {@code %s} where the statement goes. */
    private String insertion;

    private ConsequenceStatement() {
    }

    static ConsequenceStatement parse(String text, Set<String> bindings) {
        ConsequenceStatement c = new ConsequenceStatement();
        c.read(text, bindings);
        return c;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The consequence of a rule as the compiler reads it. */
    static String text(RuleDescr rule) {
        return String.valueOf(rule.getConsequence()).strip();
    }

    /** Where a rule's consequence starts in its file's text, or -1 when it is empty or cannot be found. */
    static int offset(String text, RuleDescr rule) {
        String consequence = text(rule);
        int lhsEnd = rule.getLhs() == null ? rule.getStartCharacter() : Math.max(rule.getLhs().getEndCharacter(), rule.getStartCharacter());
        return consequence.isEmpty() ? -1 : text.indexOf(consequence, Math.max(lhsEnd, 0));
    }

    /** This statement's problems, placed in the rule's file. */
    List<RuleProblem> located(String file, String text, RuleDescr rule) {
        int at = offset(text, rule);
        RuleText.Position start = at < 0 ? new RuleText.Position(rule.getConsequenceLine() + 1, 1) : RuleText.position(text, at);
        List<RuleProblem> located = new ArrayList<>();
        for (Problem p : problems) {
            located.add(new RuleProblem(file, start.line() + p.line() - 1, p.line() == 1 ? start.column() + p.column() - 1 : p.column(),
                    "rule \"" + rule.getName() + "\": " + p.message()));
        }
        return located;
    }

    /** {@link RuleInfo#DERIVES}, {@link RuleInfo#WARNS}, {@link RuleInfo#ADJUSTS} or {@link RuleInfo#WEIGHS}; null when it is not a statement. */
    String role() {
        return role;
    }

    /** The level a warning is raised at, a step like {@code +1} or {@code ±0}, or what evidence weighs ({@code for P3}); else null. */
    String level() {
        return level;
    }

    /** The Java that replaces the statement, given the statement template's Java. */
    String java(String statement) {
        return "insertLogical(" + insertion.replace("%s", statement) + ");";
    }

    private void read(String text, Set<String> bindings) {
        BlockStmt block;
        try {
            block = StaticJavaParser.parseBlock("{" + text + "\n}");
        } catch (ParseProblemException e) {
            problems.add(new Problem(1, 1, "the consequence must be one statement: conclude(new …), warn(LEVEL, new …), adjust($warning, steps) or weigh(FOR|AGAINST, EXPLANATION, $actor, $weight)"));
            return;
        }
        List<Statement> statements = block.getStatements();
        if (statements.size() != 1) {
            Node at = statements.size() > 1 ? statements.get(1) : block;
            problem(at, statements.isEmpty() ? "the consequence says nothing: give one statement, e.g. conclude(new …)"
                    : "a consequence is one statement; split this rule, or derive a conclusion that another rule uses");
            return;
        }
        if (!(statements.get(0) instanceof ExpressionStmt es) || !(es.getExpression() instanceof MethodCallExpr call) || call.getScope().isPresent()) {
            problem(statements.get(0), "not an allowed statement: a consequence is conclude(new …), warn(LEVEL, new …), adjust($warning, steps) or weigh(FOR|AGAINST, EXPLANATION, $actor, $weight)");
            return;
        }
        List<Expression> args = call.getArguments();
        switch (call.getNameAsString()) {
            case "conclude" -> {
                if (arity(call, 1, "conclude(new <Conclusion>(<roles>))")) return;
                Optional<Vocabulary.TypeInfo> type = created(args.get(0), "conclude", Vocabulary::conclusion, Vocabulary.conclusions());
                if (type.isEmpty()) return;
                roles((ObjectCreationExpr) args.get(0), type.get(), bindings);
                role = RuleInfo.DERIVES;
                insertion = "new org.concert.vocabulary." + type.get().type() + "(" + join(((ObjectCreationExpr) args.get(0)).getArguments()) + ", %s)";
            }
            case "warn" -> {
                if (args.size() == 1 && args.get(0) instanceof ObjectCreationExpr) {
                    problem(call, "a warning needs a level: warn(" + String.join("|", names(Level.values())) + ", new …)");
                    return;
                }
                if (arity(call, 2, "warn(LEVEL, new <Warning>(<roles>))")) return;
                String lvl = constant(args.get(0), Level.values(), "level");
                Optional<Vocabulary.TypeInfo> type = created(args.get(1), "warn", Vocabulary::warning, Vocabulary.warnings());
                if (lvl == null || type.isEmpty()) return;
                roles((ObjectCreationExpr) args.get(1), type.get(), bindings);
                role = RuleInfo.WARNS;
                level = lvl;
                insertion = "new org.concert.vocabulary." + type.get().type() + "(" + join(((ObjectCreationExpr) args.get(1)).getArguments())
                        + ", org.concert.casefile.Level." + lvl + ", %s)";
            }
            case "adjust" -> {
                if (arity(call, 2, "adjust($warning, steps)")) return;
                binding(args.get(0), bindings, "the warning to adjust");
                Integer steps = steps(args.get(1));
                if (steps == null) return;
                role = RuleInfo.ADJUSTS;
                level = steps > 0 ? "+" + steps : steps == 0 ? "±0" : String.valueOf(steps);
                insertion = "new org.concert.vocabulary.LevelChange(" + args.get(0) + ", " + steps + ", %s)";
            }
            case "weigh" -> {
                if (arity(call, 4, "weigh(FOR|AGAINST, EXPLANATION, $actor, $weight)")) return;
                String stance = constant(args.get(0), Stance.values(), "stance");
                String explanation = constant(args.get(1), Explanation.values(), "explanation");
                binding(args.get(2), bindings, "the actor");
                if (!(args.get(3) instanceof IntegerLiteralExpr)) binding(args.get(3), bindings, "the weight");
                if (stance == null || explanation == null) return;
                role = RuleInfo.WEIGHS;
                level = (stance.equals("FOR") ? "for " : "against ") + Explanation.valueOf(explanation).proposition();
                insertion = "new org.concert.vocabulary.Evidence(org.concert.vocabulary.Explanation." + explanation + ", " + args.get(2)
                        + ", org.concert.vocabulary.Stance." + stance + ", (int) " + args.get(3) + ", %s)";
            }
            default -> problem(call, call.getNameAsString() + "(…) is not an allowed statement: a consequence is conclude(new …), "
                    + "warn(LEVEL, new …), adjust($warning, steps) or weigh(FOR|AGAINST, EXPLANATION, $actor, $weight)");
        }
    }

    private boolean arity(MethodCallExpr call, int n, String form) {
        if (call.getArguments().size() == n) return false;
        problem(call, call.getNameAsString() + " takes " + n + " argument(s): " + form);
        return true;
    }

    private Optional<Vocabulary.TypeInfo> created(Expression e, String statement,
                                                  java.util.function.Function<String, Optional<Vocabulary.TypeInfo>> find,
                                                  List<Vocabulary.TypeInfo> all) {
        if (!(e instanceof ObjectCreationExpr created) || created.getAnonymousClassBody().isPresent()) {
            problem(e, statement + " takes a new vocabulary type, e.g. " + statement + "(new " + all.get(0).type() + "(…))");
            return Optional.empty();
        }
        String name = created.getType().getNameAsString();
        Optional<Vocabulary.TypeInfo> type = find.apply(name);
        if (type.isEmpty()) {
            problem(created.getType(), "unknown " + (statement.equals("warn") ? "warning" : "conclusion") + " type " + name + " (known: "
                    + String.join(", ", all.stream().map(Vocabulary.TypeInfo::type).toList()) + ")");
        }
        return type;
    }

    private void roles(ObjectCreationExpr created, Vocabulary.TypeInfo type, Set<String> bindings) {
        List<Expression> args = created.getArguments();
        if (args.size() != type.roles().size()) {
            problem(created, type.type() + " takes " + type.roles().size() + " role(s) (" + String.join(", ", type.roleNames())
                    + "), given " + args.size());
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Expression a = args.get(i);
            if (a instanceof NullLiteralExpr || a instanceof LiteralExpr && !(a instanceof BooleanLiteralExpr)) continue;
            binding(a, bindings, "role " + type.roles().get(i).name() + " of " + type.type());
        }
    }

    private void binding(Expression e, Set<String> bindings, String what) {
        if (e instanceof NameExpr n && n.getNameAsString().startsWith("$")) {
            if (!bindings.contains(n.getNameAsString())) problem(e, n.getNameAsString() + " (" + what + ") is not bound in the rule's conditions");
            return;
        }
        problem(e, what + " must be a binding such as $power, or a literal; bind anything else in the conditions (e.g. $id: id)");
    }

    private String constant(Expression e, Enum<?>[] values, String what) {
        String name = e instanceof NameExpr n ? n.getNameAsString() : null;
        if (name != null && Arrays.stream(values).anyMatch(v -> v.name().equals(name))) return name;
        problem(e, "unknown " + what + " " + e + " (one of " + String.join(", ", names(values)) + ")");
        return null;
    }

    private Integer steps(Expression e) {
        Expression x = e;
        int sign = 1;
        if (x instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.PLUS || u.getOperator() == UnaryExpr.Operator.MINUS)) {
            sign = u.getOperator() == UnaryExpr.Operator.MINUS ? -1 : 1;
            x = u.getExpression();
        }
        if (x instanceof IntegerLiteralExpr i) return sign * i.asNumber().intValue();
        problem(e, "steps are a whole number such as +1, -1 or 0");
        return null;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String join(List<Expression> args) {
        return String.join(", ", args.stream().map(Expression::toString).toList());
    }

    private void problem(Node at, String message) {
        int line = at.getBegin().map(p -> p.line).orElse(1);
        int column = at.getBegin().map(p -> p.column).orElse(1);
        // The block was parsed as "{" + text: the first line is one column to the right.
        problems.add(new Problem(line, line == 1 ? Math.max(1, column - 1) : column, message));
    }
}
