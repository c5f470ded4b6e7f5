package org.concert.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two texts by lines ({@code diff -u}, three lines of context), for the audit log. Lines end where
 * the Java compiler ends them (a carriage return alone ends one too), and characters a terminal would act on or hide
 * (controls, bidirectional overrides, zero-width characters) are shown as {@code <U+XXXX>}: what a reviewer reads is
 * what the compiler reads.
 */
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
        String[] lines = text.split("\r\n|\r|\n", -1);
        // A final newline ends the last line; it does not start another.
        List<String> kept = Arrays.asList(text.endsWith("\n") || text.endsWith("\r") ? Arrays.copyOf(lines, lines.length - 1) : lines);
        return kept.stream().map(LineDiff::visible).toList();
    }

    /** The line with every character that a terminal would act on or not show written out as {@code <U+XXXX>}. */
    static String visible(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean hidden = c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c >= 0x200b && c <= 0x200f
                    || c >= 0x2028 && c <= 0x202e || c >= 0x2060 && c <= 0x2069 || c == 0xfeff;
            if (hidden && out == null) out = new StringBuilder(line.substring(0, i));
            if (out != null) out.append(hidden ? String.format("<U+%04X>", (int) c) : String.valueOf(c));
        }
        return out == null ? line : out.toString();
    }
}
