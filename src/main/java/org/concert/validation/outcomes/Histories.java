package org.concert.validation.outcomes;

import org.concert.validation.data.OutcomeData;
import org.concert.validation.data.Records.ConflictYear;
import org.concert.validation.data.Records.MidParticipant;
import org.concert.validation.data.Records.WarYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The histories of pairs of states, from the outcome data.
 * <ul>
 *   <li>A dyadic dispute pairs two participants of a MID on opposite sides; it begins when the later of the two
 *   joins and ends when the first leaves; its hostility is the higher of theirs, and it is fatal when either
 *   suffered a battle death (fatality ≥ 1; unknown counts as none).</li>
 *   <li>A war onset is the first entry of a COW dyadic war (initiator and target of one war row).</li>
 *   <li>A UCDP onset is the start of an episode of an interstate conflict in which the two are on opposite sides
 *   (primary or secondary parties); Gleditsch–Ward codes are turned into COW codes where they differ.</li>
 * </ul>
 */
public final class Histories {

    /** Gleditsch–Ward codes that differ from COW's for the same state. */
    private static final Map<Integer, Integer> GW_TO_COW = Map.of(260, 255, 340, 345, 678, 679);

    private final Map<Long, DyadHistory> byPair = new HashMap<>();

    public Histories(OutcomeData data) {
        Map<Long, Map<OutcomeKind, TreeSet<LocalDate>>> onsets = new HashMap<>();
        Map<Long, List<DyadHistory.Spell>> disputes = new HashMap<>();
        Map<Integer, List<MidParticipant>> byDispute = new HashMap<>();
        for (MidParticipant p : data.midParticipants()) byDispute.computeIfAbsent(p.dispnum(), k -> new ArrayList<>()).add(p);
        for (List<MidParticipant> ps : byDispute.values()) {
            for (MidParticipant a : ps) {
                for (MidParticipant b : ps) {
                    if (!a.sideA() || b.sideA() || a.ccode() == b.ccode()) continue;
                    LocalDate from = a.start().isAfter(b.start()) ? a.start() : b.start();
                    LocalDate to = a.end().isBefore(b.end()) ? a.end() : b.end();
                    if (to.isBefore(from)) to = from;
                    long key = pair(a.ccode(), b.ccode());
                    disputes.computeIfAbsent(key, k -> new ArrayList<>()).add(new DyadHistory.Spell(from, to));
                    if (Math.max(a.hostlev(), b.hostlev()) >= 4) add(onsets, key, OutcomeKind.MID_FORCE, from);
                    if (a.fatality() >= 1 || b.fatality() >= 1) add(onsets, key, OutcomeKind.FATAL_MID, from);
                }
            }
        }
        Map<Integer, WarYear> firstYear = new HashMap<>();
        for (WarYear w : data.wars()) firstYear.merge(w.warId(), w, (x, y) -> x.year() <= y.year() ? x : y);
        for (WarYear w : firstYear.values()) add(onsets, pair(w.initiator(), w.target()), OutcomeKind.WAR, w.entry());
        for (ConflictYear c : data.conflicts()) {
            if (!c.interstate()) continue;
            for (int a : c.sideA()) for (int b : c.sideB()) add(onsets, pair(cow(a), cow(b)), OutcomeKind.UCDP, c.episodeStart());
        }
        for (long key : union(onsets.keySet(), disputes.keySet())) {
            Map<OutcomeKind, List<LocalDate>> o = new EnumMap<>(OutcomeKind.class);
            onsets.getOrDefault(key, Map.of()).forEach((k, v) -> o.put(k, List.copyOf(v)));
            List<DyadHistory.Spell> d = new ArrayList<>(disputes.getOrDefault(key, List.of()));
            d.sort(java.util.Comparator.comparing(DyadHistory.Spell::from).thenComparing(DyadHistory.Spell::to));
            byPair.put(key, new DyadHistory(o, List.copyOf(d)));
        }
    }

    /** The history of the pair, in either order. */
    public DyadHistory of(int a, int b) {
        return byPair.getOrDefault(pair(a, b), new DyadHistory(Map.of(), List.of()));
    }

    private static int cow(int gw) {
        return GW_TO_COW.getOrDefault(gw, gw);
    }

    private static void add(Map<Long, Map<OutcomeKind, TreeSet<LocalDate>>> onsets, long key, OutcomeKind kind, LocalDate date) {
        onsets.computeIfAbsent(key, k -> new EnumMap<>(OutcomeKind.class)).computeIfAbsent(kind, k -> new TreeSet<>()).add(date);
    }

    private static java.util.Set<Long> union(java.util.Set<Long> a, java.util.Set<Long> b) {
        java.util.Set<Long> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
