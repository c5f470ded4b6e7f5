package org.concert.validation.facts;

import org.concert.validation.data.FactData;
import org.concert.validation.data.Records.Contiguity;
import org.concert.validation.data.Records.MajorSpell;
import org.concert.validation.data.Records.Rivalry;
import org.concert.validation.data.Records.StateSpell;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which dyads the validation covers. A neighbour is a state directly contiguous with the great power by land or
 * river (COW type 1) or across at most 24 miles of water (types 2 and 3): within 24 miles two 12-mile territorial
 * seas meet, so the states touch without international water between them. Types 4 and 5 (up to 150 and 400
 * miles) make neighbours of states an open sea apart, which the paper's proximity (P17, P18) does not mean.
 */
public final class Dyads {

    /** The farthest COW contiguity type counted as bordering. */
    public static final int MAX_CONTIGUITY_TYPE = 3;

    private Dyads() {
    }

    /** Every directed great power–neighbour dyad observed for at least one month from {@code from} to {@code to}, in id order. */
    public static List<Dyad> select(FactData data, YearMonth from, YearMonth to) {
        Map<Integer, List<MajorSpell>> majors = new TreeMap<>();
        for (MajorSpell s : data.majors()) majors.computeIfAbsent(s.ccode(), k -> new ArrayList<>()).add(s);
        Map<List<Integer>, List<Contiguity>> borders = new TreeMap<>(Comparator.comparing((List<Integer> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Contiguity c : data.contiguity()) {
            if (c.type() <= MAX_CONTIGUITY_TYPE) borders.computeIfAbsent(List.of(c.ccode1(), c.ccode2()), k -> new ArrayList<>()).add(c);
        }
        List<Dyad> dyads = new ArrayList<>();
        for (var e : borders.entrySet()) {
            int power = e.getKey().get(0), neighbour = e.getKey().get(1);
            if (!majors.containsKey(power)) continue;
            List<YearMonth> months = new ArrayList<>();
            int closest = Integer.MAX_VALUE;
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                LocalDate end = m.atEndOfMonth();
                if (!isMajor(majors.get(power), end) || !isState(data, power, end) || !isState(data, neighbour, end)) continue;
                int type = typeIn(e.getValue(), m);
                if (type == 0) continue;
                months.add(m);
                closest = Math.min(closest, type);
            }
            if (months.isEmpty()) continue;
            StateSpell p = spell(data, power), n = spell(data, neighbour);
            dyads.add(new Dyad(power, neighbour, p.abb(), n.abb(), p.name(), n.name(), closest,
                    bordersRivalOf(data, borders.keySet(), power, neighbour, months), months));
        }
        dyads.sort(Comparator.comparing(Dyad::id));
        return List.copyOf(dyads);
    }

    static boolean isMajor(List<MajorSpell> spells, LocalDate day) {
        for (MajorSpell s : spells) if (!day.isBefore(s.from()) && (s.to() == null || !day.isAfter(s.to()))) return true;
        return false;
    }

    static boolean isState(FactData data, int ccode, LocalDate day) {
        for (StateSpell s : data.states()) {
            if (s.ccode() == ccode && !day.isBefore(s.from()) && (s.to() == null || !day.isAfter(s.to()))) return true;
        }
        return false;
    }

    /** The nearest contiguity type of the pair in month {@code m}, 0 when not contiguous (up to type 3) then. */
    private static int typeIn(List<Contiguity> spells, YearMonth m) {
        int type = 0;
        for (Contiguity c : spells) if (c.covers(m) && (type == 0 || c.type() < type)) type = c.type();
        return type;
    }

    private static boolean bordersRivalOf(FactData data, java.util.Set<List<Integer>> borders, int power, int neighbour, List<YearMonth> months) {
        TreeSet<Integer> years = new TreeSet<>();
        months.forEach(m -> years.add(m.getYear()));
        for (Rivalry r : data.rivalries()) {
            if (r.ccode1() != power && r.ccode2() != power) continue;
            int rival = r.ccode1() == power ? r.ccode2() : r.ccode1();
            if (rival == neighbour || !borders.contains(List.of(rival, neighbour))) continue;
            if (data.majors().stream().noneMatch(s -> s.ccode() == rival)) continue;
            for (int y : years) if (r.activeIn(y)) return true;
        }
        return false;
    }

    /** The state's first spell of system membership (its name and abbreviation). */
    static StateSpell spell(FactData data, int ccode) {
        return data.states().stream().filter(s -> s.ccode() == ccode).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("COW code " + ccode + " is not in the state list"));
    }
}
