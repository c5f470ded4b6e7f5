package org.concert.rulebase;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import org.concert.rulebase.AllowList.Shape;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one parsed expression of a rule (a constraint, a {@code from} source, an {@code eval}, an accumulate's
 * argument) node by node against the {@link AllowList}, following the static type of every value: a call or a
 * property is allowed only on a type the allow-list knows and only if the allow-list lists it for that type. Each kind
 * of node is handled by name, and any other kind (a cast, a lambda, a method reference, {@code new}, an array, an
 * inline cast, {@code instanceof}, an assignment, a class literal, a regular-expression operator, …) is refused: the
 * walk never asks a node for its children, so a node the parser does not expose cannot hide anything.
 */
final class ExpressionCheck {

    /** What a name means where the expression stands: the pattern's own type (for bare properties) and the bindings so far. */
    record Scope(Shape self, Map<String, Shape> bindings) {
    }

    /** Comparison, boolean and arithmetic operators; bit operations and shifts have no place in a rule. */
    private static final Set<BinaryExpr.Operator> OPERATORS = Set.of(BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS,
            BinaryExpr.Operator.LESS, BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS,
            BinaryExpr.Operator.AND, BinaryExpr.Operator.OR, BinaryExpr.Operator.PLUS, BinaryExpr.Operator.MINUS,
            BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE, BinaryExpr.Operator.REMAINDER);
    private static final Set<BinaryExpr.Operator> COMPARISONS = Set.of(BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS,
            BinaryExpr.Operator.LESS, BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS);
    /** DRL's collection operators; {@code matches}, {@code soundslike} and {@code str[…]} run regular expressions or worse, and are refused. */
    static final Set<String> POINT_FREE = Set.of("contains", "excludes", "memberOf", "in");
    private static final Map<String, String> SYNTAX = Map.ofEntries(
            Map.entry("CastExpr", "a cast"), Map.entry("InlineCastExpr", "an inline cast (#)"),
            Map.entry("FullyQualifiedInlineCastExpr", "an inline cast (#)"), Map.entry("LambdaExpr", "a lambda"),
            Map.entry("MethodReferenceExpr", "a method reference (::)"), Map.entry("ArrayCreationExpr", "creating an array"),
            Map.entry("ArrayAccessExpr", "indexing with […]"), Map.entry("ArrayInitializerExpr", "an array"),
            Map.entry("ObjectCreationExpr", "creating an object with new"), Map.entry("InstanceOfExpr", "instanceof"),
            Map.entry("AssignExpr", "an assignment"), Map.entry("ClassExpr", "a class literal (.class)"),
            Map.entry("OOPathExpr", "an OOPath (/…)"), Map.entry("ListCreationLiteralExpression", "a list literal […]"),
            Map.entry("MapCreationLiteralExpression", "a map literal […]"), Map.entry("SwitchExpr", "a switch"),
            Map.entry("TypeExpr", "a type used as a value"), Map.entry("SuperExpr", "super"),
            Map.entry("VariableDeclarationExpr", "a variable declaration"), Map.entry("TemporalLiteralExpr", "a time literal"),
            Map.entry("TextBlockLiteralExpr", "a text block"), Map.entry("PatternExpr", "a pattern"),
            Map.entry("RecordPatternExpr", "a pattern"), Map.entry("TypePatternExpr", "a pattern"));

    /**
     * Receives each refusal: the word of the expression's text to point at (the parser keeps no positions) and a
     * one-line reason.
     */
    interface Refusals {
        void refuse(String word, String reason);
    }

    private final AllowList allow;
    private final Set<RuleAdmission.Check> skipped;
    private final Refusals refusals;
    private int refused;

    ExpressionCheck(AllowList allow, Set<RuleAdmission.Check> skipped, Refusals refusals) {
        this.allow = allow;
        this.skipped = skipped;
        this.refusals = refusals;
    }

    /** Checks {@code e}; answers its type where it can be followed, else {@link Shape#UNKNOWN}. */
    Shape check(Expression e, Scope scope) {
        if (e instanceof StringLiteralExpr) return Shape.of(String.class);
        if (e instanceof IntegerLiteralExpr) return Shape.of(int.class);
        if (e instanceof LongLiteralExpr) return Shape.of(long.class);
        if (e instanceof DoubleLiteralExpr) return Shape.of(double.class);
        if (e instanceof BooleanLiteralExpr) return Shape.of(boolean.class);
        if (e instanceof CharLiteralExpr) return Shape.of(char.class);
        if (e instanceof BigDecimalLiteralExpr) return Shape.of(java.math.BigDecimal.class);
        if (e instanceof BigIntegerLiteralExpr) return Shape.of(java.math.BigInteger.class);
        if (e instanceof NullLiteralExpr) return Shape.UNKNOWN;
        if (e instanceof EnclosedExpr en) return check(en.getInner(), scope);
        if (e instanceof NameExpr n) return name(n, scope);
        if (e instanceof ThisExpr t) {
            if (t.getTypeName().isPresent() || scope.self() == null) return refused(t, "`this` means the matched fact, inside a pattern's own constraints only");
            return scope.self();
        }
        if (e instanceof FieldAccessExpr f) {
            if (f.getTypeArguments().isPresent()) return refused(f, "type arguments <…> have no place in a rule");
            return field(f, f.getScope(), f.getNameAsString(), scope);
        }
        if (e instanceof NullSafeFieldAccessExpr f) {
            if (skipped.contains(RuleAdmission.Check.NULL_SAFE)) return Shape.UNKNOWN;
            if (f.getTypeArguments().isPresent()) return refused(f, "type arguments <…> have no place in a rule");
            return field(f, f.getScope(), f.getNameAsString(), scope);
        }
        if (e instanceof MethodCallExpr m) {
            if (m.getTypeArguments().isPresent()) return refused(m, "type arguments <…> have no place in a rule");
            return call(m, m.getScope(), m.getNameAsString(), m.getArguments(), scope);
        }
        if (e instanceof NullSafeMethodCallExpr m) {
            if (skipped.contains(RuleAdmission.Check.NULL_SAFE)) return Shape.UNKNOWN;
            if (m.getTypeArguments().isPresent()) return refused(m, "type arguments <…> have no place in a rule");
            return call(m, m.getScope(), m.getNameAsString(), m.getArguments(), scope);
        }
        if (e instanceof BinaryExpr b) {
            if (!OPERATORS.contains(b.getOperator())) return refused(b, "the operator " + b.getOperator().asString() + " has no place in a rule");
            Shape left = check(b.getLeft(), scope);
            Shape right = check(b.getRight(), scope);
            if (COMPARISONS.contains(b.getOperator()) || b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR) {
                return Shape.of(boolean.class);
            }
            if (b.getOperator() == BinaryExpr.Operator.PLUS && (left.type() == String.class || right.type() == String.class)) return Shape.of(String.class);
            return Shape.of(double.class);
        }
        if (e instanceof HalfBinaryExpr h) { // "> 1 && < 5": every operator it can hold is a comparison
            check(h.getRight(), scope);
            return Shape.of(boolean.class);
        }
        if (e instanceof UnaryExpr u) {
            UnaryExpr.Operator op = u.getOperator();
            if (op != UnaryExpr.Operator.LOGICAL_COMPLEMENT && op != UnaryExpr.Operator.MINUS && op != UnaryExpr.Operator.PLUS) {
                return refused(u, "the operator " + op.asString() + " has no place in a rule");
            }
            return check(u.getExpression(), scope);
        }
        if (e instanceof ConditionalExpr c) {
            check(c.getCondition(), scope);
            Shape then = check(c.getThenExpr(), scope);
            check(c.getElseExpr(), scope);
            return then;
        }
        if (e instanceof PointFreeExpr p) {
            if (skipped.contains(RuleAdmission.Check.OPERATORS)) return Shape.of(boolean.class);
            String op = p.getOperator().asString();
            if (!POINT_FREE.contains(op)) return refused(p, operatorReason(op));
            if (p.getArg1() != null || p.getArg2() != null || p.getArg3() != null || p.getArg4() != null) {
                return refused(p, "the operator " + op + " takes no […] arguments");
            }
            check(p.getLeft(), scope);
            for (Expression r : p.getRight()) check(r, scope);
            return Shape.of(boolean.class);
        }
        if (e instanceof HalfPointFreeExpr p) {
            if (skipped.contains(RuleAdmission.Check.OPERATORS)) return Shape.of(boolean.class);
            String op = p.getOperator().asString();
            if (!POINT_FREE.contains(op)) return refused(p, operatorReason(op));
            if (p.getArg1() != null || p.getArg2() != null || p.getArg3() != null || p.getArg4() != null) {
                return refused(p, "the operator " + op + " takes no […] arguments");
            }
            for (Expression r : p.getRight()) check(r, scope);
            return Shape.of(boolean.class);
        }
        return syntax(e);
    }

    /** A kind of expression rules do not use: refused by name, unless a test switched its check off. */
    private Shape syntax(Expression e) {
        String kind = e.getClass().getSimpleName();
        RuleAdmission.Check check = switch (kind) {
            case "CastExpr", "InlineCastExpr", "FullyQualifiedInlineCastExpr", "InstanceOfExpr" -> RuleAdmission.Check.CASTS;
            case "ArrayCreationExpr", "ArrayAccessExpr", "ArrayInitializerExpr" -> RuleAdmission.Check.ARRAYS;
            case "ObjectCreationExpr" -> RuleAdmission.Check.CREATION;
            default -> null;
        };
        if (check != null && skipped.contains(check)) return Shape.UNKNOWN;
        return refused(e, SYNTAX.getOrDefault(kind, "this kind of expression (" + kind.replace("Expr", "") + ")")
                + " has no place in a rule: conditions compare the vocabulary's roles and properties with bindings, literals and constants");
    }

    private static String operatorReason(String op) {
        return switch (op) {
            case "matches", "soundslike", "str" -> "the operator " + op + " runs a pattern match that can take unbounded time; compare roles and "
                    + "properties with ==, contains or memberOf instead";
            default -> "the operator " + op + " has no place in a rule (allowed: ==, !=, <, <=, >, >=, &&, ||, !, arithmetic, "
                    + String.join(", ", new java.util.TreeSet<>(POINT_FREE)) + ")";
        };
    }

    private Shape name(NameExpr n, Scope scope) {
        if (n instanceof DrlNameExpr d && d.getBackReferencesCount() > 0) return refused(n, "back references (../) have no place in a rule");
        String id = n.getNameAsString();
        if (id.startsWith("$")) {
            Shape bound = scope.bindings().get(id);
            if (bound == null) return refused(n, id + " is not bound before this point: bind it in an earlier pattern, e.g. " + id + ": id");
            return bound;
        }
        if (scope.self() != null && scope.self().known()) {
            Optional<Method> property = allow.property(scope.self().type(), id);
            if (property.isPresent()) return AllowList.answer(scope.self(), property.get());
            if (allow.knows(scope.self().type()) && startsLower(id)) {
                return refused(n, scope.self().type().getSimpleName() + " has no role or property " + id + " (" + members(scope.self().type()) + ")");
            }
        }
        return refused(n, notInVocabulary(id));
    }

    /** {@code scope.name}: an enum constant, a property of a value, or a qualified name that is not in the vocabulary. */
    private Shape field(Expression node, Expression on, String name, Scope scope) {
        String qualified = qualified(on);
        if (qualified != null && !bindsOrProperty(qualified, scope)) {
            Optional<Class<?>> e = allow.enumType(qualified);
            if (e.isPresent()) {
                for (Object constant : e.get().getEnumConstants()) if (((Enum<?>) constant).name().equals(name)) return Shape.of(e.get());
                return refused(node, e.get().getSimpleName() + " has no constant " + name + " (" + constants(e.get()) + ")");
            }
            Optional<Class<?>> holder = allow.holder(qualified);
            if (holder.isPresent()) {
                Optional<Field> f = allow.staticField(holder.get(), name);
                if (f.isPresent()) return Shape.of(f.get().getType());
                return refused(node, qualified + "." + name + " is not one of the functions rules may use (" + functions(holder.get()) + ")");
            }
            return refused(first(qualified), notInVocabulary(typeLike(qualified + "." + name)));
        }
        int before = refused;
        Shape of = check(on, scope);
        if (!of.known()) return refused == before ? refused(node, "cannot tell what ." + name + " reads here: bind the value it belongs to first") : of;
        Optional<Method> property = allow.property(of.type(), name);
        if (property.isPresent()) return AllowList.answer(of, property.get());
        return refused(node, of.describe() + " has no role or property " + name + " a rule may read (" + members(of.type()) + ")");
    }

    /** {@code scope.name(args)}: a method of a value, a function of the project, or something outside the vocabulary. */
    private Shape call(Expression node, Optional<Expression> on, String name, List<Expression> args, Scope scope) {
        Shape answer;
        if (on.isEmpty()) {
            if (scope.self() == null || !scope.self().known()) {
                answer = refused(node, notInVocabulary(name + "(…)"));
            } else {
                Optional<Method> m = allow.method(scope.self().type(), name, args.size());
                answer = m.isPresent() ? AllowList.answer(scope.self(), m.get())
                        : refused(node, scope.self().type().getSimpleName() + " has no method " + name + " a rule may call with " + args.size()
                        + " argument(s) (" + members(scope.self().type()) + ")");
            }
        } else {
            String qualified = qualified(on.get());
            if (qualified != null && !bindsOrProperty(qualified, scope)) {
                Optional<Class<?>> holder = allow.holder(qualified);
                if (holder.isPresent()) {
                    Optional<Method> m = allow.staticMethod(holder.get(), name, args.size());
                    answer = m.isPresent() ? AllowList.answer(Shape.UNKNOWN, m.get())
                            : refused(node, qualified + "." + name + "(…) is not one of the functions rules may use (" + functions(holder.get()) + ")");
                } else {
                    return refused(first(qualified), notInVocabulary(typeLike(qualified + "." + name)));
                }
            } else {
                int before = refused;
                Shape of = check(on.get(), scope);
                if (!of.known()) {
                    answer = refused == before ? refused(node, "cannot tell what " + name + "(…) is called on here: bind the value first") : of;
                } else {
                    Optional<Method> m = allow.method(of.type(), name, args.size());
                    answer = m.isPresent() ? AllowList.answer(of, m.get())
                            : refused(node, of.describe() + " has no method " + name + " a rule may call with " + args.size() + " argument(s) ("
                            + members(of.type()) + ")");
                }
            }
        }
        for (Expression a : args) check(a, scope);
        return answer;
    }

    /** A chain of plain names ({@code java.lang.Runtime}, {@code EventKind}), or null. */
    static String qualified(Expression e) {
        if (e instanceof NameExpr n && !(n instanceof DrlNameExpr d && d.getBackReferencesCount() > 0)) return n.getNameAsString();
        if (e instanceof FieldAccessExpr f && f.getTypeArguments().isEmpty()) {
            String scope = qualified(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        return null;
    }

    /** Whether the first name of a chain is a value here (a binding, {@code this}, a property of the pattern's type). */
    private boolean bindsOrProperty(String qualified, Scope scope) {
        String first = qualified.contains(".") ? qualified.substring(0, qualified.indexOf('.')) : qualified;
        if (first.startsWith("$")) return true;
        return scope.self() != null && scope.self().known() && allow.property(scope.self().type(), first).isPresent();
    }

    private Shape refused(Node node, String reason) {
        return refused(word(node), reason);
    }

    private Shape refused(String word, String reason) {
        refused++;
        refusals.refuse(word, reason);
        return Shape.UNKNOWN;
    }

    /** The word of the source that shows a refused node: its name, its operator, or the token that starts its syntax. */
    private static String word(Node node) {
        if (node instanceof NameExpr n) return n.getNameAsString();
        if (node instanceof MethodCallExpr m) return m.getNameAsString();
        if (node instanceof NullSafeMethodCallExpr m) return m.getName().asString();
        if (node instanceof FieldAccessExpr f) return f.getNameAsString();
        if (node instanceof NullSafeFieldAccessExpr f) return f.getName().asString();
        if (node instanceof PointFreeExpr p) return p.getOperator().asString();
        if (node instanceof HalfPointFreeExpr p) return p.getOperator().asString();
        if (node instanceof BinaryExpr b) return b.getOperator().asString();
        if (node instanceof UnaryExpr u) return u.getOperator().asString();
        if (node instanceof ThisExpr) return "this";
        return switch (node.getClass().getSimpleName()) {
            case "CastExpr" -> "(";
            case "InlineCastExpr", "FullyQualifiedInlineCastExpr" -> "#";
            case "LambdaExpr" -> "->";
            case "MethodReferenceExpr" -> "::";
            case "ArrayCreationExpr", "ObjectCreationExpr" -> "new";
            case "ArrayAccessExpr", "ListCreationLiteralExpression", "MapCreationLiteralExpression" -> "[";
            case "InstanceOfExpr" -> "instanceof";
            case "ClassExpr" -> "class";
            case "OOPathExpr" -> "/";
            default -> "";
        };
    }

    private static String first(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? qualified : qualified.substring(0, dot);
    }

    private String members(Class<?> type) {
        Set<String> members = allow.membersOf(type);
        members.removeAll(Set.of("equals", "hashCode", "toString"));
        return members.isEmpty() ? "none" : String.join(", ", members);
    }

    private String functions(Class<?> holder) {
        return String.join(", ", allow.staticsOf(holder));
    }

    private static String constants(Class<?> e) {
        StringBuilder s = new StringBuilder();
        for (Object c : e.getEnumConstants()) s.append(s.isEmpty() ? "" : ", ").append(((Enum<?>) c).name());
        return s.toString();
    }

    /** The part of a dotted name up to its first capitalised segment, which is how a type is written: {@code java.lang.Runtime}. */
    private static String typeLike(String dotted) {
        String[] parts = dotted.split("\\.");
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            s.append(s.isEmpty() ? "" : ".").append(p);
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) break;
        }
        return s.toString();
    }

    private static final String RULES_MAY_NAME = "rules may name the facts, conclusions and warnings with their roles, their enums' constants, "
            + "$bindings, literals and the functions " + String.join(", ", org.concert.vocabulary.Vocabulary.functions()) + " (docs/rules.md#vocabulary)";

    static String notInVocabulary(String name) {
        return "`" + name + "` is not part of the rule vocabulary; " + RULES_MAY_NAME;
    }

    private static boolean startsLower(String id) {
        return !id.isEmpty() && Character.isLowerCase(id.charAt(0));
    }
}
