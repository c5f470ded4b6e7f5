package org.concert.rulebase;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.drools.drl.ast.descr.PackageDescr;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether rule text may be compiled: a default-deny validator. Every rule file is read the way the compiler
 * reads it ({@link RuleSource}: a {@code .dslr} expanded, then the DRL parser's descriptors; every condition with the
 * executable model's own expression parser, every consequence with the statement parser), and every descriptor and
 * every node is checked against an {@link AllowList} derived from the rule vocabulary. What is not allowed is refused
 * with its file, line and column, including whatever a parser cannot read. Nothing is compiled, loaded or run here,
 * so callers validate first and compile only what is admitted ({@link RuleBase#compile} does so itself).
 */
public final class RuleAdmission {

    /**
     * The checks the validator makes, by name. Each can be switched off only by a test, to prove that the attack corpus
     * notices a validator without it. (Lambdas and method references need no check of their own: the DRL grammar
     * has no place for them in conditions, and a consequence admits only the statements' bindings and literals.)
     */
    enum Check {
        /** Size, nesting, unicode escapes and invisible characters of the raw text. */
        SOURCE_TEXT,
        /** The controlled language's sentences are plain words and blanks. */
        DSL_SENTENCES,
        /** A rule file's package is under {@code concert}. */
        PACKAGE,
        /** Imports bring in only the vocabulary's names; no {@code import function} or {@code import accumulate}. */
        IMPORTS,
        /** No globals, functions, declared types, entry points, windows, units or queries. */
        DECLARATIONS,
        /** Rule names are plain text. */
        RULE_NAMES,
        /** Rule metadata is one of the project's annotations with a plain string. */
        ANNOTATIONS,
        /** Attributes are literals of the few allowed ones. */
        ATTRIBUTES,
        /** Patterns match vocabulary types, without annotations or windows. */
        PATTERNS,
        /** {@code from} sources are checked expressions. */
        FROM,
        /** Accumulates use built-in functions with checked arguments, and no code blocks. */
        ACCUMULATE,
        /** {@code eval} holds a checked expression. */
        EVAL,
        /** Null-safe navigation ({@code !.}) is checked like any other. */
        NULL_SAFE,
        /** DRL's point-free operators are limited to contains, excludes, memberOf and in. */
        OPERATORS,
        /** Casts, inline casts and instanceof are refused. */
        CASTS,
        /** Array creation and indexing are refused. */
        ARRAYS,
        /** {@code new} is refused in conditions. */
        CREATION,
        /** A consequence is one of the vocabulary's statements; no named consequences or conditional branches. */
        CONSEQUENCE,
        /** A statement template reads only allowed accessors of its bindings. */
        TEMPLATES
    }

    private final AllowList allow;
    private final Set<Check> skipped;

    RuleAdmission(AllowList allow, Set<Check> skipped) {
        this.allow = allow;
        this.skipped = skipped.isEmpty() ? EnumSet.noneOf(Check.class) : EnumSet.copyOf(skipped);
    }

    /**
     * The last few answers, keyed by the texts themselves (never by a short hash, which a crafted file could collide
     * with): callers validate first and {@link RuleBase#compile} validates again, so the second look is free.
     */
    private static final Cache<Map<String, String>, List<RuleProblem>> RECENT = Caffeine.newBuilder().maximumSize(8).build();

    /** Every problem of a rule base's text, located; an empty list when all of it may be compiled. */
    public static List<RuleProblem> validate(RuleFiles files) {
        return RECENT.get(files.texts(), texts -> new RuleAdmission(AllowList.vocabulary(), Set.of()).check(files));
    }

    List<RuleProblem> check(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        boolean languageSafe = true;
        for (var f : files.texts().entrySet()) {
            if (!f.getKey().endsWith(".dsl")) continue;
            int before = problems.size();
            if (!skipped.contains(Check.SOURCE_TEXT)) SourceCheck.text(f.getKey(), f.getValue(), problems);
            if (!skipped.contains(Check.DSL_SENTENCES)) SourceCheck.sentences(f.getKey(), f.getValue(), problems);
            languageSafe &= problems.size() == before;
        }
        String dsl = RuleSource.dsl(files);
        Set<String> parameters = parameterNames(files);
        for (var f : files.texts().entrySet()) {
            String name = f.getKey();
            if (!name.endsWith(".drl") && !name.endsWith(".dslr")) continue;
            int before = problems.size();
            if (!skipped.contains(Check.SOURCE_TEXT)) SourceCheck.text(name, f.getValue(), problems);
            if (problems.size() > before) continue;
            if (name.endsWith(".dslr") && !languageSafe) {
                problems.add(new RuleProblem(name, 0, 0, "not checked: the controlled language (.dsl) it is written in has problems"));
                continue;
            }
            String drl = RuleSource.drl(name, f.getValue(), dsl, problems);
            if (drl == null) continue;
            if (name.endsWith(".dslr") && !skipped.contains(Check.SOURCE_TEXT)) {
                SourceCheck.text(name, drl, problems);
                if (problems.size() > before) continue;
            }
            PackageDescr pkg = RuleSource.parse(name, drl, problems);
            if (pkg == null) continue;
            new DescriptorCheck(name, f.getValue(), drl, allow, skipped, parameters, problems).check(pkg);
        }
        return List.copyOf(problems);
    }

    /** The parameters a rule base defines, or null when it defines none (or its file does not read: the compiler says why). */
    private static Set<String> parameterNames(RuleFiles files) {
        for (var f : files.texts().entrySet()) {
            if (!f.getKey().endsWith(Parameters.FILE)) continue;
            try {
                Set<String> names = new java.util.TreeSet<>();
                Parameters.parse(f.getValue(), f.getKey()).all().forEach(p -> names.add(p.name()));
                return names.isEmpty() ? null : names;
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
