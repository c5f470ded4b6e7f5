package org.concert.validation.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The rows of the data sets, typed. {@code line} is the row's line in its file (the source of a fact made from it). */
public final class Records {

    private Records() {
    }

    /** A spell of system membership; {@code to} is null when it lasts to the end of the data (censored). */
    public record StateSpell(int ccode, String abb, String name, LocalDate from, LocalDate to, int line) {
    }

    /** A spell as a major power; {@code to}, the last day held, is null when it lasts to the end of the data. */
    public record MajorSpell(int ccode, LocalDate from, LocalDate to, int line) {
    }

    /** Direct contiguity of a directed pair, by month; {@code to} (last month) null when censored. */
    public record Contiguity(int ccode1, int ccode2, int type, YearMonth from, YearMonth to, int line) {
        public boolean covers(YearMonth m) {
            return !m.isBefore(from) && (to == null || !m.isAfter(to));
        }
    }

    /** A state's status in the selected organisations in one year: 1 full, 2 associate, 3 observer, 0 none, -1 not existing. */
    public record IgoYear(int ccode, int year, java.util.Map<String, Integer> status, int line) {
    }

    /** One phase of a state's membership of an ATOP alliance: entry is the signature; exit null while in force. */
    public record AtopMember(int atopid, int ccode, LocalDate entry, LocalDate exit, int line) {
    }

    /** An ATOP alliance: signed {@code begin}, ended {@code end} (null while in force), and its obligations. */
    public record AtopAlliance(int atopid, LocalDate begin, LocalDate end, boolean defense, boolean offense, int line) {
        /** A promise to fight for or with each other: an alliance in the paper's sense (§2), not a pact of neutrality or consultation. */
        public boolean isMilitary() {
            return defense || offense;
        }
    }

    /** COW NMC: military expenditure (thousands of current US$, null when unknown) and CINC score of a state-year. */
    public record Capability(int ccode, int year, Double milex, Double cinc, int line) {
    }

    /** Polity IV: {@code polity2} (−10 … 10) of a state-year, null when unknown. */
    public record Polity(int ccode, int year, Integer polity2) {
    }

    /** A strategic rivalry (Thompson, Sakuwa and Suhas), years inclusive; {@code end} null when ongoing. */
    public record Rivalry(String name, int ccode1, int ccode2, int start, Integer end) {
        public boolean between(int a, int b) {
            return (ccode1 == a && ccode2 == b) || (ccode1 == b && ccode2 == a);
        }

        public boolean activeIn(int year) {
            return year >= start && (end == null || year <= end);
        }
    }

    /** A state's part in a militarized interstate dispute (MID 5.0 B). */
    public record MidParticipant(int dispnum, int ccode, LocalDate start, LocalDate end, boolean sideA, int hostlev,
                                 int fatality, int line) {
    }

    /** One year of a dyadic inter-state war (COW war, revised layout): initiator and target, entry that year. */
    public record WarYear(int warId, String name, int initiator, int target, int year, LocalDate entry, int line) {
    }

    /** One year of an armed conflict (UCDP/PRIO), sides in Gleditsch–Ward codes, the episode's start. */
    public record ConflictYear(int conflictId, int year, List<Integer> sideA, List<Integer> sideB, boolean interstate,
                               LocalDate episodeStart, int line) {
    }
}
