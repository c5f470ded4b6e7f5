package org.concert.authoring;

import org.concert.rulebase.RuleFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where in the rules directory the gate may write: rule files ({@code .drl}, {@code .dslr}) at its top or one folder
 * down, and {@code parameters.yaml}, {@code propositions.yaml} and the DSL at its top only (a second one in a folder
 * would shadow the first). Never {@code tests/} (rule tests are edited on disk, and every change runs them) or
 * {@code examples/} (rules shown, not served); never through a symbolic link.
 */
final class RuleFolders {

    private RuleFolders() {
    }

    /** Why the gate will not write {@code name} (relative to the rules directory), or null. */
    static String refusal(Path rulesDir, String name) {
        if (name.isBlank()) return "no file name given";
        if (name.startsWith("/") || name.contains("..") || name.contains(":") || name.contains("//")) {
            return "a rule file is named relative to the rules directory, without '..', e.g. warnings/my-rules.drl";
        }
        if (!name.matches("[A-Za-z0-9_./-]+")) return "use letters, digits, '-', '_', '.' and '/' in rule file names";
        String[] parts = name.split("/");
        for (String p : parts) if (p.startsWith(".")) return "names starting with '.' are not rule files or folders";
        String fileName = parts[parts.length - 1];
        if (parts.length > 1 && parts[0].equals("tests")) {
            return "rule tests (tests/) are not written through the gate: edit them on disk; every change runs them";
        }
        if (parts.length > 1 && parts[0].equals("examples")) return "examples/ holds rules that are shown, not served: it is not writable";
        if (!RuleFiles.isRuleSource(fileName)) return "only .drl, .dslr, .dsl files, parameters.yaml and propositions.yaml are rule files";
        boolean topOnly = !fileName.endsWith(".drl") && !fileName.endsWith(".dslr");
        if (topOnly && parts.length > 1) {
            return fileName + " belongs at the top of the rules directory: one in a folder would shadow it";
        }
        if (parts.length > 2) return "rule files live at the top of the rules directory or one folder down, e.g. warnings/my-rules.drl";
        try {
            requireNoLinks(rulesDir, rulesDir.resolve(name));
        } catch (IOException e) {
            return e.getMessage();
        }
        return null;
    }

    /** Fails when the target, or a folder between the rules directory and it, is a symbolic link (it would lead out). */
    static void requireNoLinks(Path rulesDir, Path target) throws IOException {
        Path p = rulesDir;
        for (Path part : rulesDir.relativize(target)) {
            p = p.resolve(part);
            if (Files.isSymbolicLink(p)) {
                throw new IOException(rulesDir.relativize(p) + " is a symbolic link: links in the rules directory are not followed");
            }
        }
    }
}
