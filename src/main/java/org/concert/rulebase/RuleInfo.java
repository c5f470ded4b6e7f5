package org.concert.rulebase;

/**
 * What the catalogue and justifications say about a rule, read from its metadata:
 * {@code @proposition("P20") @section("3") @paraphrase("…")}, plus where it is written.
 * {@code level} is the level a warning rule raises, a step like "+1" for a level rule, the explanation
 * an evidence rule weighs ("for P3", "against P1"), or null.
 */
public record RuleInfo(String name, String proposition, String section, String paraphrase,
                       String file, int line, String role, String level) {

    public static final String DERIVES = "derives";
    public static final String WARNS = "warns";
    public static final String ADJUSTS = "adjusts";
    public static final String WEIGHS = "weighs";
}
