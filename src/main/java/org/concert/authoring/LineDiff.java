package org.concert.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import java.util.Arrays;
import java.util.List;

/** A unified diff of two texts by lines ({@code diff -u}, three lines of context), for the audit log. */
final class LineDiff {

    private LineDiff() {
    }

    static String unified(String name, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        String from = before == null ? "/dev/null" : "a/" + name;
        String to = after == null ? "/dev/null" : "b/" + name;
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(from, to, a, DiffUtils.diff(a, b), 3);
        StringBuilder out = new StringBuilder("--- " + from + "\n+++ " + to + "\n");
        for (String line : diff.subList(Math.min(2, diff.size()), diff.size())) {
            // As diff -u: the range of a side without lines starts at 0 (the library starts it at 1).
            if (line.startsWith("@@ ")) {
                if (a.isEmpty()) line = line.replace("@@ -1,0 ", "@@ -0,0 ");
                if (b.isEmpty()) line = line.replace(" +1,0 @@", " +0,0 @@");
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) return List.of();
        String[] lines = text.split("\n", -1);
        // A final newline ends the last line; it does not start another.
        return Arrays.asList(text.endsWith("\n") ? Arrays.copyOf(lines, lines.length - 1) : lines);
    }
}
