package org.concert.validation.scoring;

import java.time.YearMonth;
import java.util.List;

/**
 * The dyad-months of one outcome, horizon and period, in one order that every model's scores follow. A row's
 * label is true when an onset falls in the {@code horizon} months after it. {@code onsets} are those to catch:
 * onsets in a month whose previous month is a row of the same dyad (the last chance to warn is in the sample).
 */
public final class Sample {

    /** An onset to catch: the dyad's index and the month it happened in. */
    public record Onset(int dyad, YearMonth month) {
    }

    private final int dyads;
    private final int[] dyad;
    private final YearMonth[] month;
    private final boolean[] label;
    private final List<Onset> onsets;
    private final int horizon;
    /** Per dyad, the row of each month from {@link #firstMonth} on (-1 where the dyad has none). */
    private final int[][] rowOf;
    private final int firstMonth;

    public Sample(int dyads, int[] dyad, YearMonth[] month, boolean[] label, List<Onset> onsets, int horizon) {
        if (dyad.length != month.length || dyad.length != label.length) throw new IllegalArgumentException("columns differ in length");
        this.dyads = dyads;
        this.dyad = dyad;
        this.month = month;
        this.label = label;
        this.onsets = List.copyOf(onsets);
        this.horizon = horizon;
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (YearMonth m : month) {
            first = Math.min(first, index(m));
            last = Math.max(last, index(m));
        }
        this.firstMonth = first;
        this.rowOf = new int[dyads][];
        for (int i = 0; i < dyad.length; i++) {
            if (rowOf[dyad[i]] == null) {
                rowOf[dyad[i]] = new int[last - first + 1];
                java.util.Arrays.fill(rowOf[dyad[i]], -1);
            }
            rowOf[dyad[i]][index(month[i]) - first] = i;
        }
    }

    private static int index(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    public int size() {
        return dyad.length;
    }

    public int dyads() {
        return dyads;
    }

    public int dyad(int row) {
        return dyad[row];
    }

    public YearMonth month(int row) {
        return month[row];
    }

    public boolean label(int row) {
        return label[row];
    }

    public List<Onset> onsets() {
        return onsets;
    }

    public int horizon() {
        return horizon;
    }

    /** The row of the dyad in that month, or -1 when it is not in the sample. */
    public int row(int dyad, YearMonth m) {
        int[] rows = rowOf[dyad];
        int k = index(m) - firstMonth;
        return rows == null || k < 0 || k >= rows.length ? -1 : rows[k];
    }

    /** How many dyads have at least one row. */
    public int dyadsWithRows() {
        return (int) java.util.Arrays.stream(dyad).distinct().count();
    }

    /** Equal weights: every dyad once. */
    public double[] unitWeights() {
        double[] w = new double[dyads];
        java.util.Arrays.fill(w, 1);
        return w;
    }
}
