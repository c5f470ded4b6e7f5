package org.concert.validation.data;

import org.concert.casefile.Source;

/**
 * The data sets in {@code data/}, each with its version and citation (as in {@code data/NOTICE.md}).
 * {@link #row} makes the source of a generated fact: data set, version, file and line.
 */
public enum DataSet {
    COW_STATES("cow-states-2016.csv", "Correlates of War Project", 2017, "COW State System Membership, v2016"),
    COW_MAJORS("cow-majors-2016.csv", "Correlates of War Project", 2017, "COW State System Membership, v2016 (major powers)"),
    COW_CONTIGUITY("cow-direct-contiguity-3.2.csv", "Stinnett, D. M., Tir, J., Schafer, P., Diehl, P. F. and Gochman, C.", 2002,
            "COW Direct Contiguity, v3.2"),
    COW_IGO("cow-igo-3-selected.csv", "Pevehouse, J. C. W., Nordstrom, T., McManus, R. W. and Jamison, A. S.", 2020,
            "COW Intergovernmental Organizations, v3.0 (state-year)"),
    ATOP_MEMBERS("atop-4-member-level.csv", "Leeds, B. A., Ritter, J. M., Mitchell, S. M. and Long, A. G.", 2002,
            "Alliance Treaty Obligations and Provisions (ATOP), v4.0, member level"),
    ATOP_ALLIANCES("atop-4-alliance-level.csv", "Leeds, B. A., Ritter, J. M., Mitchell, S. M. and Long, A. G.", 2002,
            "Alliance Treaty Obligations and Provisions (ATOP), v4.0, alliance level"),
    COW_NMC("cow-nmc-7.0.csv", "Singer, J. D., Bremer, S. and Stuckey, J.", 1972, "COW National Material Capabilities, v7.0"),
    POLITY("nmc-polity-state-years.csv", "Marshall, M. G., Gurr, T. R. and Jaggers, K.", 2013, "Polity IV (with COW NMC), state-year"),
    RIVALRIES("strategic-rivalries-tss.csv", "Thompson, W. R., Sakuwa, K. and Suhas, P. H.", 2021, "Strategic rivalries"),
    // Outcomes: read to score and for the baselines that use past disputes, never to make facts for the rules.
    MID_DISPUTES("mid-5.0-a-disputes.csv", "Palmer, G. et al.", 2022, "COW Militarized Interstate Disputes, v5.0, dispute level"),
    MID_PARTICIPANTS("mid-5.0-b-participants.csv", "Palmer, G. et al.", 2022, "COW Militarized Interstate Disputes, v5.0, participant level"),
    COW_WARS("cow-interstate-war-4.csv", "Sarkees, M. R. and Wayman, F.", 2010, "COW Inter-State War, v4.0 (revised layout)"),
    UCDP("ucdp-acd-1946-2024.csv", "Gleditsch, N. P. et al.; Davies, S. et al.", 2025, "UCDP/PRIO Armed Conflict, v25.1");

    private final String file;
    private final String author;
    private final int year;
    private final String title;

    DataSet(String file, String author, int year, String title) {
        this.file = file;
        this.author = author;
        this.year = year;
        this.title = title;
    }

    public String file() {
        return file;
    }

    public String title() {
        return title;
    }

    /** True for the data sets that record what happened (disputes, wars, conflicts): they never become facts. */
    public boolean isOutcome() {
        return this == MID_DISPUTES || this == MID_PARTICIPANTS || this == COW_WARS || this == UCDP;
    }

    /** The source of a fact taken from line {@code line} of this data set's file (line 1 is the header). */
    public Source row(int line) {
        return new Source(author, year, title + ", data/" + file, null, "line " + line);
    }

    /** The source of a fact taken from several lines of the file. */
    public Source rows(int first, int last) {
        return first == last ? row(first) : new Source(author, year, title + ", data/" + file, null, "lines " + first + "–" + last);
    }
}
