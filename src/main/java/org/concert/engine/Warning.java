package org.concert.engine;

import org.concert.casefile.Level;

import java.util.List;

/**
 * A warning as a rule raises it: a stable {@code kind}, a title for people, its base level and the
 * actors concerned. The level shown to users is the base level moved by any {@link LevelChange}s.
 */
public record Warning(String kind, String title, Level level, List<String> actors) {

    public Warning {
        actors = List.copyOf(actors);
    }

    public boolean concerns(String actor) {
        return actors.contains(actor);
    }
}
