package org.concert;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.rulebase.RuleBase;

import java.nio.file.Path;

/** The repository's own rules and cases, compiled once per test run (a rule base takes seconds to build). */
public final class Fixtures {

    public static final Path RULES = Path.of("rules");
    public static final Path CASES = Path.of("cases");

    private static RuleBase rules;

    private Fixtures() {
    }

    public static synchronized RuleBase rules() {
        if (rules == null) rules = RuleBase.load(RULES);
        return rules;
    }

    public static CaseFile loadCase(String id) {
        return CaseLoader.load(CASES.resolve(id + ".json"));
    }

    /** Copies a directory tree, e.g. the repository's rules into a test's own directory. */
    public static void copy(Path from, Path to) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) java.nio.file.Files.createDirectories(target);
                else java.nio.file.Files.copy(f, target);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path ruleSet(String name) {
        return Path.of("src/test/resources/rulesets", name);
    }
}
