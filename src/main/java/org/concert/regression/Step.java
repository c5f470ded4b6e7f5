package org.concert.regression;

import org.concert.casefile.CaseFile;
import org.concert.casefile.FactChange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** How a timeline moves: by calendar month, by year, by a number of days, or to every date on which a fact changes. */
public record Step(String unit, int amount) {

    public static final Step MONTH = new Step("month", 1);
    public static final Step YEAR = new Step("year", 1);
    public static final Step FACTS = new Step("facts", 0);

    /** Parses {@code month}, {@code year}, {@code facts}, {@code 3m}, {@code 2y} or {@code 10d}. */
    public static Step parse(String text) {
        String t = text.trim().toLowerCase();
        switch (t) {
            case "month", "monthly", "1m": return MONTH;
            case "year", "yearly", "1y": return YEAR;
            case "facts", "fact", "fact-dates": return FACTS;
            default:
        }
        if (t.matches("[1-9][0-9]{0,3}[dmy]")) {
            int n = Integer.parseInt(t.substring(0, t.length() - 1));
            return new Step(switch (t.charAt(t.length() - 1)) { case 'd' -> "day"; case 'm' -> "month"; default -> "year"; }, n);
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a step (month, year, facts, or like 3m, 2y, 10d)");
    }

    /**
     * The dates from {@code from} to {@code to} inclusive; {@code to} is always the last one. With
     * {@link #FACTS}, every date on which a fact of the case or a parameter of the rules changes: as the
     * rules see no clock, a case can only change state on those dates, so this timeline is exact.
     */
    public List<LocalDate> dates(CaseFile c, List<FactChange> parameterChanges, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new IllegalArgumentException("timeline ends (" + to + ") before it starts (" + from + ")");
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(from);
        if (unit.equals("facts")) {
            List<FactChange> all = new ArrayList<>(c.changes());
            all.addAll(parameterChanges);
            for (FactChange change : all) {
                if (!change.date().isBefore(from) && !change.date().isAfter(to)) dates.add(change.date());
            }
        } else {
            ChronoUnit u = switch (unit) { case "day" -> ChronoUnit.DAYS; case "month" -> ChronoUnit.MONTHS; default -> ChronoUnit.YEARS; };
            for (int i = 1; ; i++) {
                LocalDate d = from.plus((long) i * amount, u);
                if (d.isAfter(to)) break;
                dates.add(d);
            }
        }
        dates.add(to);
        return new ArrayList<>(dates);
    }

    /**
     * How many dates {@link #dates} gives from {@code from} to {@code to}, at most (for a calendar step, counted without
     * making them; for {@link #FACTS}, the fact changes of the case bound it), so that a range too long to replay is
     * refused before anything is built.
     */
    public long points(LocalDate from, LocalDate to, int factChanges) {
        if (to.isBefore(from)) return 0;
        if (unit.equals("facts")) return factChanges + 2L;
        ChronoUnit u = switch (unit) { case "day" -> ChronoUnit.DAYS; case "month" -> ChronoUnit.MONTHS; default -> ChronoUnit.YEARS; };
        return u.between(from, to) / amount + 2;
    }

    @Override
    public String toString() {
        return unit.equals("facts") ? "facts" : amount + " " + unit + (amount > 1 ? "s" : "");
    }
}
