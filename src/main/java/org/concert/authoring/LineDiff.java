package org.concert.authoring;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (longest common subsequence, three lines of context), for the audit log. */
final class LineDiff {

    /** A line of the diff, with how many old and new lines come before it. */
    private record Line(char op, String text, int oldBefore, int newBefore) {
    }

    private LineDiff() {
    }

    static String unified(String name, String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(' ', a[i], i++, j++));
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add(new Line('-', a[i], i++, j));
            } else {
                lines.add(new Line('+', b[j], i, j++));
            }
        }
        StringBuilder out = new StringBuilder("--- " + (before == null ? "/dev/null" : "a/" + name) + "\n+++ "
                + (after == null ? "/dev/null" : "b/" + name) + "\n");
        int k = 0;
        while (k < lines.size()) {
            if (lines.get(k).op() == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - 3);
            int end = k;
            // Extend the hunk while changes are within six lines of each other.
            for (int m = k; m < lines.size(); m++) {
                if (lines.get(m).op() != ' ') end = m;
                else if (m - end > 6) break;
            }
            end = Math.min(lines.size() - 1, end + 3);
            List<Line> hunk = lines.subList(start, end + 1);
            long oldCount = hunk.stream().filter(l -> l.op() != '+').count();
            long newCount = hunk.stream().filter(l -> l.op() != '-').count();
            // As diff -u: a range starts at its first line (1-based), or at the line before it when empty.
            int oldStart = hunk.get(0).oldBefore() + (oldCount == 0 ? 0 : 1);
            int newStart = hunk.get(0).newBefore() + (newCount == 0 ? 0 : 1);
            out.append("@@ -").append(oldStart).append(',').append(oldCount)
                    .append(" +").append(newStart).append(',').append(newCount).append(" @@\n");
            for (Line l : hunk) out.append(l.op()).append(l.text()).append('\n');
            k = end + 1;
        }
        return out.toString();
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) return new String[0];
        String[] lines = text.split("\n", -1);
        // A final newline ends the last line; it does not start another.
        return text.endsWith("\n") ? java.util.Arrays.copyOf(lines, lines.length - 1) : lines;
    }
}
