package org.concert.rulebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The text of a rule base as analysts wrote it: every {@code .drl}, {@code .dslr} and {@code .dsl}
 * file, {@code parameters.yaml} and {@code propositions.yaml}, keyed by their display name (e.g. {@code rules/buffer-states.drl}).
 * Immutable, so a changed rule base is a new {@code RuleFiles} built beside the old one.
 */
public record RuleFiles(Map<String, String> texts) {

    public static final List<String> RULE_EXTENSIONS = List.of(".drl", ".dslr", ".dsl");

    public RuleFiles {
        texts = java.util.Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /**
     * Reads the rule files under {@code dir} (not {@code tests/} or {@code examples/}), naming them relative to the
     * directory's parent. Refuses symbolic links and a {@code parameters.yaml} or {@code propositions.yaml} below the top.
     */
    public static RuleFiles read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleBaseException(List.of(new RuleProblem(dir.toString(), 0, 0, "no such rules directory")));
        }
        Map<String, String> texts = new TreeMap<>();
        List<RuleProblem> problems = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                Path rel = dir.relativize(f);
                // tests/ holds rule tests and examples/ rules shown but not served (the controlled language's twins).
                if (rel.startsWith("tests") || rel.startsWith("examples")) continue;
                String name = f.getFileName().toString();
                if (Files.isSymbolicLink(f)) {
                    // A link could lead out of the directory (and its target would then be served as a rule file).
                    problems.add(new RuleProblem(displayName(dir, f), 0, 0, "a symbolic link: links in the rules directory are not followed"));
                    continue;
                }
                if (!Files.isRegularFile(f) || !isRuleSource(name)) continue;
                if (rel.getNameCount() > 1 && (name.equals(Parameters.FILE) || name.equals(Propositions.FILE))) {
                    problems.add(new RuleProblem(displayName(dir, f), 0, 0, name + " belongs at the top of the rules directory: one in a folder would shadow it"));
                    continue;
                }
                texts.put(displayName(dir, f), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) throw new RuleBaseException(problems);
        return new RuleFiles(texts);
    }

    public static String displayName(Path dir, Path file) {
        Path base = dir.toAbsolutePath().normalize().getFileName();
        return (base == null ? "" : base + "/") + dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    public static boolean isRuleSource(String fileName) {
        return fileName.equals(Parameters.FILE) || fileName.equals(Propositions.FILE) || RULE_EXTENSIONS.stream().anyMatch(fileName::endsWith);
    }

    public RuleFiles with(String name, String text) {
        Map<String, String> copy = new TreeMap<>(texts);
        copy.put(name, text);
        return new RuleFiles(copy);
    }

    public RuleFiles without(String name) {
        Map<String, String> copy = new TreeMap<>(texts);
        copy.remove(name);
        return new RuleFiles(copy);
    }

    /** A short content hash: the same files give the same version. */
    public String version() {
        return digest(texts).substring(0, 12);
    }

    /** The SHA-256 of named texts, in hex: names and texts each end with a zero byte, so no two sets run together. */
    public static String digest(Map<String, String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            texts.forEach((name, text) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
