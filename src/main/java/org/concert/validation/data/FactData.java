package org.concert.validation.data;

import org.concert.validation.data.Records.AtopAlliance;
import org.concert.validation.data.Records.AtopMember;
import org.concert.validation.data.Records.Capability;
import org.concert.validation.data.Records.Contiguity;
import org.concert.validation.data.Records.IgoYear;
import org.concert.validation.data.Records.MajorSpell;
import org.concert.validation.data.Records.Polity;
import org.concert.validation.data.Records.Rivalry;
import org.concert.validation.data.Records.StateSpell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data sets that may become case facts (states, major powers, contiguity, organisations, alliances,
 * capabilities) and the covariates of the statistical baseline (Polity, rivalries). Outcome data sets are
 * read by {@link OutcomeData} only: the importer never holds them.
 */
public record FactData(List<StateSpell> states, List<MajorSpell> majors, List<Contiguity> contiguity,
                       List<IgoYear> igo, List<AtopAlliance> alliances, List<AtopMember> members,
                       List<Capability> capabilities, List<Polity> polity, List<Rivalry> rivalries) {

    /** The last day the state and major-power lists cover: a spell ending then is censored, not ended. */
    public static final LocalDate STATES_END = LocalDate.of(2016, 12, 31);
    /** The last month the contiguity data cover. */
    public static final YearMonth CONTIGUITY_END = YearMonth.of(2016, 12);
    /** The organisations of COW IGO read here (columns of the selected file). */
    public static final List<String> ORGANISATIONS = List.of("lon", "un", "osce", "eapc", "nato", "wpact");

    public static FactData load(Path dir) {
        return new FactData(
                Table.read(dir, DataSet.COW_STATES, t -> {
                    LocalDate to = DataDates.of(t.required("endyear"), t.integer("endmonth"), t.integer("endday"));
                    return new StateSpell(t.required("ccode"), t.text("stateabb"), t.text("statenme"),
                            DataDates.of(t.required("styear"), t.integer("stmonth"), t.integer("stday")),
                            to.equals(STATES_END) ? null : to, t.line());
                }),
                Table.read(dir, DataSet.COW_MAJORS, t -> {
                    LocalDate to = DataDates.of(t.required("endyear"), t.integer("endmonth"), t.integer("endday"));
                    return new MajorSpell(t.required("ccode"), DataDates.of(t.required("styear"), t.integer("stmonth"), t.integer("stday")),
                            to.equals(STATES_END) ? null : to, t.line());
                }),
                Table.read(dir, DataSet.COW_CONTIGUITY, t -> {
                    YearMonth to = DataDates.month(t.text("enddate"));
                    return new Contiguity(t.required("ccode1"), t.required("ccode2"), t.required("conttype"),
                            DataDates.month(t.text("stdate")), to.equals(CONTIGUITY_END) ? null : to, t.line());
                }),
                Table.read(dir, DataSet.COW_IGO, t -> {
                    Map<String, Integer> status = new LinkedHashMap<>();
                    for (String o : ORGANISATIONS) status.put(o, t.required(o));
                    return new IgoYear(t.required("ccode"), t.required("year"), Map.copyOf(status), t.line());
                }),
                Table.read(dir, DataSet.ATOP_ALLIANCES, t -> new AtopAlliance(t.required("atopid"),
                        DataDates.of(t.required("begyr"), t.integer("begmo"), t.integer("begday")),
                        t.required("endyr") == 0 ? null : DataDates.of(t.required("endyr"), t.integer("endmo"), t.integer("endday")),
                        t.required("defense") == 1, t.required("offense") == 1, t.line())),
                Table.read(dir, DataSet.ATOP_MEMBERS, t -> new AtopMember(t.required("atopid"), t.required("member"),
                        DataDates.of(t.required("yrent"), t.integer("moent"), t.integer("dayent")),
                        t.required("yrexit") == 0 ? null : DataDates.of(t.required("yrexit"), t.integer("moexit"), t.integer("dayexit")),
                        t.line())),
                Table.read(dir, DataSet.COW_NMC, t -> {
                    Integer milex = t.integer("milex");
                    return new Capability(t.required("ccode"), t.required("year"),
                            milex == null || milex < 0 ? null : milex.doubleValue(), t.decimal("cinc"), t.line());
                }),
                Table.read(dir, DataSet.POLITY, t -> {
                    Integer p = t.integer("polity2");
                    return new Polity(t.required("ccode"), t.required("year"), p == null || p < -10 || p > 10 ? null : p);
                }),
                Table.read(dir, DataSet.RIVALRIES, t -> new Rivalry(t.text("rivalry"), t.required("ccode1"), t.required("ccode2"),
                        t.required("start"), t.integer("end"))));
    }
}
