package org.concert.vocabulary;

/** The paper's competing explanations of a great power's attack (§1), each a proposition of its own. */
public enum Explanation {
    /** Offensive realism: a power that never accepted its loss wants to expand again. */
    EXPANSIONISM("P1"),
    /** Domestic politics: the regime fears democracy spreading to it. */
    REGIME_INSECURITY("P2"),
    /** Defensive realism: a great power left outside the order reacts to an alliance's advance. */
    SECURITY_REACTION("P3");

    private final String proposition;

    Explanation(String proposition) {
        this.proposition = proposition;
    }

    /** The id of the proposition that states it, e.g. {@code P1}. */
    public String proposition() {
        return proposition;
    }
}
