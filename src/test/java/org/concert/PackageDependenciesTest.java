package org.concert;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Packages depend on each other one way: no cycles, and the rule engine's rooms in their order. */
class PackageDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java/org/concert");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?org\\.concert\\.([a-z]+)\\.|\\borg\\.concert\\.([a-z]+)\\.[A-Z]");

    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = MAIN.relativize(f);
                if (rel.getNameCount() < 2) continue;
                String pkg = rel.getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!used.equals(pkg)) uses.computeIfAbsent(pkg, k -> new TreeSet<>()).add(used);
                }
                uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            }
        }
        return uses;
    }

    @Test
    void packagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(uses.get(start));
            while (!todo.isEmpty()) {
                String p = todo.remove(0);
                if (p.equals(start)) cycles.add(start);
                if (seen.add(p)) todo.addAll(uses.getOrDefault(p, Set.of()));
            }
        }
        assertThat(cycles).as("packages that depend on themselves through others: " + uses).isEmpty();
    }

    @Test
    void theEngineRoomsDependInOrderVocabularyThenCompilerAndOutputThenSession() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses.get("vocabulary")).containsOnly("casefile");
        assertThat(uses.get("evaluation")).containsOnly("casefile");
        // json is the one mapper, a leaf below casefile: the rule cache writes its entries' metadata with it.
        assertThat(uses.get("json")).isEmpty();
        assertThat(uses.get("rulebase")).containsOnly("casefile", "json", "vocabulary");
        assertThat(uses.get("session")).doesNotContain("authoring", "api", "cli", "regression", "server", "ruletests", "catalogue", "whatif");
    }
}
