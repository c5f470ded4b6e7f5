package org.concert.regression;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concert.casefile.Actor;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.Level;
import org.concert.casefile.Outcome;
import org.concert.casefile.OutcomeRule;
import org.concert.casefile.OutcomeSelection;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case's outcomes are exactly what the codebook's rules select from the data in data/ for its
 * principal parties and window ("Outcomes by rule"): the first MID at hostility >= 4 (if before the first
 * war) and every war onset (COW inter-state wars, UCDP interstate conflicts). A quiet case is one the data
 * show quiet. No author picks an outcome that the data do not give, nor leaves one out.
 */
class OutcomesByRuleTest {

    private static final Path DATA = Path.of("data");

    /** An onset selected by a rule: its date, the rule, the data set's record and the two states. */
    record Onset(LocalDate date, String rule, String dataset, String record, int a, int b) {
    }

    @TestFactory
    Stream<DynamicTest> everyCasesOutcomesAreThoseTheRulesSelectFromTheData() throws IOException {
        Data data = Data.read();
        return CaseLibrary.load(Path.of("cases")).cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c, data)));
    }

    private static void check(CaseFile c, Data data) {
        OutcomeRule rule = c.outcomeRule();
        assertThat(rule).as(c.id() + ": every case states its outcome rule").isNotNull();
        if (rule.isCounterfactual()) {
            assertThat(c.outcomes()).as(c.id() + ": a counterfactual has no outcomes").isEmpty();
            return;
        }
        Map<String, Integer> cow = new HashMap<>();
        for (Actor a : c.actors()) if (a.cow() != null) cow.put(a.id(), a.cow());
        Set<Integer> sideA = codes(c, rule.sideA(), cow), sideB = codes(c, rule.sideB(), cow);
        List<Onset> selected = data.select(sideA, sideB, rule.from(), rule.to());
        List<String> expected = selected.stream().map(o -> o.date() + " " + o.rule() + " " + o.dataset() + " " + o.record()).toList();
        List<String> actual = c.outcomes().stream().sorted(Comparator.comparing(Outcome::date))
                .map(o -> o.date() + " " + o.selectedBy().rule() + " " + o.selectedBy().dataset() + " " + o.selectedBy().record()).toList();
        assertThat(actual).as(c.id() + ": outcomes selected by the rules from data/ (quiet when empty)").isEqualTo(expected);
        for (Outcome o : c.outcomes()) {
            assertThat(o.expectedLevel()).as(o.id()).isEqualTo(Level.HIGH);
            assertThat(o.selectedBy().parties()).as(o.id() + " names its parties").isNotEmpty();
            assertThat(o.date()).as(o.id() + " lies in the window").isBetween(rule.from(), rule.to());
        }
    }

    private static Set<Integer> codes(CaseFile c, List<String> ids, Map<String, Integer> cow) {
        // A party outside the COW state system (Armenia 1918-1920) has no code: the data cannot speak of it.
        Set<Integer> codes = ids.stream().filter(cow::containsKey).map(cow::get).collect(Collectors.toSet());
        assertThat(codes).as(c.id() + ": principal parties with a COW code").isNotEmpty();
        return codes;
    }

    /** The dispute and war data, read once. */
    record Data(List<CSVRecord> participants, List<CSVRecord> wars, List<CSVRecord> ucdp) {

        static Data read() throws IOException {
            return new Data(csv("mid-5.0-b-participants.csv"), csv("cow-interstate-war-4.csv"), csv("ucdp-acd-1946-2024.csv"));
        }

        private static List<CSVRecord> csv(String file) throws IOException {
            try (CSVParser p = CSVParser.builder().setReader(Files.newBufferedReader(DATA.resolve(file)))
                    .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                return p.getRecords();
            }
        }

        List<Onset> select(Set<Integer> a, Set<Integer> b, LocalDate from, LocalDate to) {
            List<Onset> wars = new ArrayList<>(cow(a, b, from, to));
            for (Onset u : ucdp(a, b, from, to)) {
                Onset same = wars.stream().filter(w -> Set.of(w.a(), w.b()).equals(Set.of(u.a(), u.b()))
                        && Math.abs(w.date().toEpochDay() - u.date().toEpochDay()) <= 366).findFirst().orElse(null);
                if (same == null) wars.add(u);
                else if (u.date().isBefore(same.date())) wars.set(wars.indexOf(same), u);
            }
            wars.sort(Comparator.comparing(Onset::date));
            List<Onset> out = new ArrayList<>();
            Onset mid = firstMid(a, b, from, to);
            if (mid != null && (wars.isEmpty() || mid.date().isBefore(wars.get(0).date()))) out.add(mid);
            out.addAll(wars);
            return out;
        }

        private Onset firstMid(Set<Integer> a, Set<Integer> b, LocalDate from, LocalDate to) {
            Map<String, List<CSVRecord>> byDispute = participants.stream().collect(Collectors.groupingBy(r -> r.get("dispnum"), LinkedHashMap::new, Collectors.toList()));
            Onset first = null;
            for (Map.Entry<String, List<CSVRecord>> d : byDispute.entrySet()) {
                for (CSVRecord x : d.getValue()) {
                    for (CSVRecord y : d.getValue()) {
                        int cx = Integer.parseInt(x.get("ccode")), cy = Integer.parseInt(y.get("ccode"));
                        if (!a.contains(cx) || !b.contains(cy) || x.get("sidea").equals(y.get("sidea"))) continue;
                        if (Math.max(Integer.parseInt(x.get("hostlev")), Integer.parseInt(y.get("hostlev"))) < 4) continue;
                        LocalDate start = max(date(x.get("styear"), x.get("stmon"), x.get("stday")), date(y.get("styear"), y.get("stmon"), y.get("stday")));
                        if (start.isBefore(from) || start.isAfter(to)) continue;
                        if (first == null || start.isBefore(first.date())) first = new Onset(start, OutcomeSelection.FIRST_MID, "MID 5.0", d.getKey(), cx, cy);
                    }
                }
            }
            return first;
        }

        private List<Onset> cow(Set<Integer> a, Set<Integer> b, LocalDate from, LocalDate to) {
            Map<String, LocalDate> entry = new HashMap<>(); // war|state -> first entry (as initiator, or when first attacked)
            for (CSVRecord r : wars) {
                LocalDate d = date(r.get("year"), r.get("month_entry"), r.get("day_entry"));
                for (String s : List.of(r.get("init_ccode"), r.get("target_ccode"))) entry.merge(r.get("larger_war_name") + "|" + s, d, (p, q) -> p.isBefore(q) ? p : q);
            }
            Map<String, Onset> byWar = new LinkedHashMap<>();
            for (CSVRecord r : wars) {
                String war = r.get("larger_war_name");
                int init = Integer.parseInt(r.get("init_ccode"));
                List<Integer> opponents = new ArrayList<>(List.of(Integer.parseInt(r.get("target_ccode"))));
                for (int j = 2; j <= 14; j++) if (!r.get("adv" + j + "ccode").equals("NA")) opponents.add(Integer.parseInt(r.get("adv" + j + "ccode")));
                for (int o : opponents) {
                    for (int[] p : new int[][]{{init, o}, {o, init}}) {
                        LocalDate ex = entry.get(war + "|" + p[0]), ey = entry.get(war + "|" + p[1]);
                        if (!a.contains(p[0]) || !b.contains(p[1]) || ex == null || ey == null) continue;
                        LocalDate start = max(ex, ey);
                        if (start.isBefore(from) || start.isAfter(to)) continue;
                        Onset seen = byWar.get(war);
                        if (seen == null || start.isBefore(seen.date())) byWar.put(war, new Onset(start, OutcomeSelection.WAR_ONSET, "COW Inter-State War 4", war, p[0], p[1]));
                    }
                }
            }
            return new ArrayList<>(byWar.values());
        }

        private List<Onset> ucdp(Set<Integer> a, Set<Integer> b, LocalDate from, LocalDate to) {
            Map<String, Onset> byConflict = new LinkedHashMap<>();
            for (CSVRecord r : ucdp) {
                if (!r.get("type_of_conflict").equals("interstate")) continue;
                int x = Integer.parseInt(r.get("gwno_a"));
                for (String s : r.get("gwno_b").split(",")) {
                    if (s.isBlank() || s.trim().equals("NA")) continue;
                    int y = Integer.parseInt(s.trim());
                    if (!((a.contains(x) && b.contains(y)) || (a.contains(y) && b.contains(x)))) continue;
                    LocalDate start = LocalDate.parse(r.get("start_date2"));
                    if (start.isBefore(from) || start.isAfter(to)) continue;
                    Onset seen = byConflict.get(r.get("conflict_id"));
                    if (seen == null || start.isBefore(seen.date())) byConflict.put(r.get("conflict_id"),
                            new Onset(start, OutcomeSelection.WAR_ONSET, "UCDP/PRIO ACD 25.1", r.get("conflict_id"), x, y));
                }
            }
            return new ArrayList<>(byConflict.values());
        }

        private static LocalDate date(String y, String m, String d) {
            int month = m.equals("NA") || Integer.parseInt(m) < 1 ? 1 : Integer.parseInt(m);
            int day = d.equals("NA") || Integer.parseInt(d) < 1 ? 1 : Integer.parseInt(d);
            return LocalDate.of(Integer.parseInt(y), month, day);
        }

        private static LocalDate max(LocalDate x, LocalDate y) {
            return x.isAfter(y) ? x : y;
        }
    }
}
