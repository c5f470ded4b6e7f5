package org.concert.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Agreement between coders on nominal values: percent agreement and Krippendorff's alpha for nominal
 * data (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"), from the coincidence matrix.
 * Each unit holds the values its coders gave; a missing value is {@code null}; units with fewer than two
 * values are not pairable and are left out, as the coefficient requires.
 */
public final class Agreement {

    private Agreement() {
    }

    /** Share of pairable units on which all coders gave the same value (0..1); NaN with no pairable unit. */
    public static double percent(List<List<String>> units) {
        int pairable = 0, same = 0;
        for (List<String> unit : units) {
            List<String> values = present(unit);
            if (values.size() < 2) continue;
            pairable++;
            if (values.stream().distinct().count() == 1) same++;
        }
        return pairable == 0 ? Double.NaN : (double) same / pairable;
    }

    /**
     * Krippendorff's alpha, nominal: 1 − D_o / D_e. Returns 1 when every pairable value is the same
     * (no disagreement is possible), NaN with no pairable unit.
     */
    public static double alpha(List<List<String>> units) {
        Map<String, Map<String, Double>> o = new HashMap<>();
        Map<String, Double> marginal = new HashMap<>();
        double n = 0;
        for (List<String> unit : units) {
            List<String> values = present(unit);
            int m = values.size();
            if (m < 2) continue;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i == j) continue;
                    o.computeIfAbsent(values.get(i), k -> new HashMap<>()).merge(values.get(j), 1.0 / (m - 1), Double::sum);
                }
                marginal.merge(values.get(i), 1.0, Double::sum);
                n++;
            }
        }
        if (n == 0) return Double.NaN;
        double observed = 0, expected = 0;
        List<String> categories = new ArrayList<>(new TreeSet<>(marginal.keySet()));
        for (String c : categories) {
            for (String k : categories) {
                if (c.equals(k)) continue;
                observed += o.getOrDefault(c, Map.of()).getOrDefault(k, 0.0);
                expected += marginal.get(c) * marginal.get(k);
            }
        }
        if (expected == 0) return 1.0;
        return 1.0 - (n - 1) * observed / expected;
    }

    private static List<String> present(List<String> unit) {
        return unit.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
