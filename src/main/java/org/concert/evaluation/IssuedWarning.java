package org.concert.evaluation;

import org.concert.casefile.Level;

import java.time.LocalDate;
import java.util.List;

/**
 * A warning as users see it: its final {@code level} is {@code baseLevel} moved by {@code levelSteps};
 * {@code propositions} lists the warning rule's proposition first, then those that changed its level,
 * then those in its justification.
 */
public record IssuedWarning(String kind, String title, Level level, Level baseLevel, List<String> propositions,
                            List<String> actors, LocalDate since, Justification justification, List<LevelStep> levelSteps) {

    public boolean cites(String proposition) {
        return propositions.contains(proposition);
    }
}
