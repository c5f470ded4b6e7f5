package org.concert.validation;

/** The models scored side by side on the same dyad-months. */
public enum Model {
    CONCERT("Concert", "the highest level of the warnings naming either state (none, NOTICE … CRITICAL)"),
    ALWAYS("Always warn", "a constant alarm"),
    PERSISTENCE("Persistence", "a dispute of the two at some time in the last 12 months"),
    TRIGGERS("Three triggers", "enlargement or promise towards the neighbour by an alliance without the power; imposed settlement the loser rejects; authorised force"),
    RIVALRY("Rivalry present", "a strategic rivalry of the two that year (Thompson, Sakuwa and Suhas)"),
    LOGIT("Peace-years logit", "logistic regression on peace years (cubic), contiguity, capability ratio, joint democracy, shared alliance, rivalry, fitted on the training period");

    private final String title;
    private final String description;

    Model(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
