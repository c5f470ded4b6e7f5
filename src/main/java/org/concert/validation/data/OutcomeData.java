package org.concert.validation.data;

import org.concert.validation.data.Records.ConflictYear;
import org.concert.validation.data.Records.MidParticipant;
import org.concert.validation.data.Records.WarYear;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What happened: disputes (MID 5.0), inter-state wars (COW) and armed conflicts (UCDP/PRIO). Read to score
 * the warnings and by the baselines that use the past of a dyad (persistence, peace years); never a fact.
 */
public record OutcomeData(List<MidParticipant> midParticipants, List<WarYear> wars, List<ConflictYear> conflicts) {

    public static OutcomeData load(Path dir) {
        return new OutcomeData(
                Table.read(dir, DataSet.MID_PARTICIPANTS, t -> new MidParticipant(t.required("dispnum"), t.required("ccode"),
                        DataDates.of(t.required("styear"), t.integer("stmon"), t.integer("stday")),
                        DataDates.of(t.required("endyear"), t.integer("endmon"), t.integer("endday")),
                        t.required("sidea") == 1, t.required("hostlev"), t.required("fatality"), t.line())),
                Table.read(dir, DataSet.COW_WARS, t -> new WarYear(t.required("init_war_id"), t.text("init_war_name"),
                        t.required("init_ccode"), t.required("target_ccode"), t.required("year"),
                        DataDates.of(t.required("year"), t.integer("month_entry"), t.integer("day_entry")), t.line())),
                Table.read(dir, DataSet.UCDP, t -> new ConflictYear(t.required("conflict_id"), t.required("year"),
                        sides(t.text("gwno_a"), t.text("gwno_a_2nd")), sides(t.text("gwno_b"), t.text("gwno_b_2nd")),
                        t.text("type_of_conflict").equals("interstate"),
                        LocalDate.parse(t.text("start_date2")), t.line())));
    }

    /** The states on one side: primary and secondary parties, comma-separated Gleditsch–Ward codes, {@code NA} for none. */
    private static List<Integer> sides(String primary, String secondary) {
        return Arrays.stream((primary + "," + secondary).split(","))
                .map(String::trim).filter(s -> !s.isEmpty() && !s.equals("NA"))
                .map(Integer::parseInt).toList();
    }
}
