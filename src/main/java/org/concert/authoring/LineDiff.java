package org.concert.authoring;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (longest common subsequence), for the audit log. */
final class LineDiff {

    private LineDiff() {
    }

    static String unified(String name, String before, String after) {
        String[] a = before == null ? new String[0] : before.split("\n", -1);
        String[] b = after == null ? new String[0] : after.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(" " + a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+" + b[j++]);
            } else {
                lines.add("-" + a[i++]);
            }
        }
        StringBuilder out = new StringBuilder("--- " + (before == null ? "/dev/null" : "a/" + name) + "\n+++ "
                + (after == null ? "/dev/null" : "b/" + name) + "\n");
        // Keep three lines of context around each change, like diff -u.
        boolean[] keep = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).charAt(0) != ' ') {
                for (int c = Math.max(0, k - 3); c <= Math.min(lines.size() - 1, k + 3); c++) keep[c] = true;
            }
        }
        boolean gap = false;
        for (int k = 0; k < lines.size(); k++) {
            if (keep[k]) {
                if (gap) out.append("@@\n");
                out.append(lines.get(k)).append('\n');
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
