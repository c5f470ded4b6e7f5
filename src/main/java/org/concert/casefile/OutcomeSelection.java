package org.concert.casefile;

/**
 * The stated rule that selected an outcome (docs/codebook.md, "Outcomes by rule"): {@code rule} is one of
 * {@code first-mid-hostility-4}, {@code war-onset} or {@code codebook}; {@code dataset} and {@code record}
 * name the row of the data set it was read from ("MID 5.0", "3559"); {@code parties} the principal
 * parties it is between.
 */
public record OutcomeSelection(String rule, String dataset, String record, java.util.List<String> parties, String note) {

    public static final String FIRST_MID = "first-mid-hostility-4";
    public static final String WAR_ONSET = "war-onset";
    public static final String CODEBOOK = "codebook";

    public OutcomeSelection {
        parties = parties == null ? java.util.List.of() : java.util.List.copyOf(parties);
    }
}
