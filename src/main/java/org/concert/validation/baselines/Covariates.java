package org.concert.validation.baselines;

import org.concert.validation.data.FactData;
import org.concert.validation.data.Records.AtopMember;
import org.concert.validation.data.Records.Capability;
import org.concert.validation.data.Records.Contiguity;
import org.concert.validation.data.Records.Polity;
import org.concert.validation.data.Records.Rivalry;
import org.concert.validation.data.Records.StateSpell;
import org.concert.validation.outcomes.DyadHistory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The predictors of the peace-years logit (Beck, Katz and Tucker 1998, with Carter and Signorino's cubic), for a
 * dyad at the end of a month: years since its last dispute (0 during one) and its square and cube; contiguity by
 * water (types 2 and 3, land or river being the base); the capability ratio, log of the power's CINC over the
 * neighbour's; joint democracy (both Polity2 ≥ 6); a shared alliance (any ATOP alliance both belong to); rivalry
 * (a strategic rivalry of the two that year). Yearly values are those of the previous year, the last complete one
 * (carried forward past the data's end); a state with no CINC counts as equal in capability.
 */
public final class Covariates {

    public static final List<String> NAMES = List.of("peace years / 10", "(peace years / 10)²", "(peace years / 10)³",
            "contiguity by ≤ 12 miles of water", "contiguity by ≤ 24 miles of water", "log capability ratio", "joint democracy",
            "shared alliance", "rivalry");

    private final FactData data;
    private final Map<Integer, TreeMap<Integer, Double>> cinc = new HashMap<>();
    private final Map<Integer, TreeMap<Integer, Integer>> polity = new HashMap<>();
    private final Map<Integer, List<AtopMember>> alliances = new HashMap<>();
    private final Map<Integer, LocalDate> entry = new HashMap<>();
    private final Map<Integer, List<Contiguity>> borders = new HashMap<>();
    private static final LocalDate START = LocalDate.of(1816, 1, 1);

    public Covariates(FactData data) {
        this.data = data;
        for (Capability c : data.capabilities()) if (c.cinc() != null) cinc.computeIfAbsent(c.ccode(), k -> new TreeMap<>()).put(c.year(), c.cinc());
        for (Polity p : data.polity()) if (p.polity2() != null) polity.computeIfAbsent(p.ccode(), k -> new TreeMap<>()).put(p.year(), p.polity2());
        for (AtopMember m : data.members()) alliances.computeIfAbsent(m.ccode(), k -> new ArrayList<>()).add(m);
        for (Contiguity c : data.contiguity()) borders.computeIfAbsent(c.ccode1(), k -> new ArrayList<>()).add(c);
        for (StateSpell s : data.states()) entry.merge(s.ccode(), s.from(), (a, b) -> a.isBefore(b) ? a : b);
    }

    /** The predictors of the dyad (power, neighbour) at the end of {@code month}, in the order of {@link #NAMES}. */
    public double[] at(int power, int neighbour, YearMonth month, DyadHistory history) {
        LocalDate day = month.atEndOfMonth();
        int lastYear = month.getYear() - 1;
        double peace = peaceYears(power, neighbour, day, history) / 10;
        int type = contiguity(power, neighbour, month);
        Double own = latest(cinc.get(power), lastYear), theirs = latest(cinc.get(neighbour), lastYear);
        double ratio = own == null || theirs == null ? 0 : Math.log(Math.max(own, 1e-6) / Math.max(theirs, 1e-6));
        Integer p1 = latest(polity.get(power), lastYear), p2 = latest(polity.get(neighbour), lastYear);
        boolean democracies = p1 != null && p2 != null && p1 >= 6 && p2 >= 6;
        return new double[]{peace, peace * peace, peace * peace * peace, type == 2 ? 1 : 0, type == 3 ? 1 : 0, ratio,
                democracies ? 1 : 0, sharedAlliance(power, neighbour, day) ? 1 : 0, rivals(power, neighbour, month.getYear()) ? 1 : 0};
    }

    /** Years since the end of the dyad's last dispute (0 while one goes on), or since both were states (not before 1816). */
    double peaceYears(int power, int neighbour, LocalDate day, DyadHistory history) {
        LocalDate last = history.lastDisputeEnd(day);
        if (last == null) {
            LocalDate a = entry.getOrDefault(power, START), b = entry.getOrDefault(neighbour, START);
            last = a.isAfter(b) ? a : b;
            if (last.isBefore(START)) last = START;
        }
        return Math.max(0, ChronoUnit.DAYS.between(last, day) / 365.25);
    }

    private int contiguity(int power, int neighbour, YearMonth month) {
        int type = 0;
        for (Contiguity c : borders.getOrDefault(power, List.of())) {
            if (c.ccode2() == neighbour && c.covers(month) && (type == 0 || c.type() < type)) type = c.type();
        }
        return type;
    }

    private boolean sharedAlliance(int a, int b, LocalDate day) {
        for (AtopMember x : alliances.getOrDefault(a, List.of())) {
            if (!covers(x, day)) continue;
            for (AtopMember y : alliances.getOrDefault(b, List.of())) if (y.atopid() == x.atopid() && covers(y, day)) return true;
        }
        return false;
    }

    private static boolean covers(AtopMember m, LocalDate day) {
        return !day.isBefore(m.entry()) && (m.exit() == null || day.isBefore(m.exit()));
    }

    public boolean rivals(int a, int b, int year) {
        for (Rivalry r : data.rivalries()) if (r.between(a, b) && r.activeIn(year)) return true;
        return false;
    }

    private static <T> T latest(TreeMap<Integer, T> byYear, int year) {
        if (byYear == null) return null;
        var e = byYear.floorEntry(year);
        return e == null ? null : e.getValue();
    }
}
