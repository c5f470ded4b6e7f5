package org.concert.whatif;

import org.concert.casefile.Level;
import org.concert.evaluation.IssuedWarning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the warnings changed. A warning is the same warning before and after when its kind and
 * actors are the same; then only its level can differ. Warnings that appeared or vanished come
 * whole, with the justification that made them (for a vanished one: that no longer holds).
 */
public record Difference(List<IssuedWarning> appeared, List<IssuedWarning> vanished, List<LevelChanged> levelChanged) {

    /** A warning present before and after, at another level. */
    public record LevelChanged(String kind, String title, List<String> actors, Level before, Level after) {
    }

    public static Difference between(List<IssuedWarning> before, List<IssuedWarning> after) {
        Map<String, List<IssuedWarning>> left = byIdentity(before);
        Map<String, List<IssuedWarning>> right = byIdentity(after);
        List<IssuedWarning> appeared = new ArrayList<>();
        List<IssuedWarning> vanished = new ArrayList<>();
        List<LevelChanged> levelChanged = new ArrayList<>();
        for (Map.Entry<String, List<IssuedWarning>> e : left.entrySet()) {
            List<IssuedWarning> was = e.getValue();
            List<IssuedWarning> is = right.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < was.size(); i++) {
                if (i >= is.size()) {
                    vanished.add(was.get(i));
                } else if (was.get(i).level() != is.get(i).level()) {
                    IssuedWarning w = is.get(i);
                    levelChanged.add(new LevelChanged(w.kind(), w.title(), w.actors(), was.get(i).level(), w.level()));
                }
            }
            if (is.size() > was.size()) appeared.addAll(is.subList(was.size(), is.size()));
        }
        for (Map.Entry<String, List<IssuedWarning>> e : right.entrySet()) {
            if (!left.containsKey(e.getKey())) appeared.addAll(e.getValue());
        }
        return new Difference(List.copyOf(appeared), List.copyOf(vanished), List.copyOf(levelChanged));
    }

    public boolean isEmpty() {
        return appeared.isEmpty() && vanished.isEmpty() && levelChanged.isEmpty();
    }

    private static Map<String, List<IssuedWarning>> byIdentity(List<IssuedWarning> warnings) {
        Map<String, List<IssuedWarning>> map = new LinkedHashMap<>();
        for (IssuedWarning w : warnings) map.computeIfAbsent(w.kind() + " " + w.actors(), k -> new ArrayList<>()).add(w);
        return map;
    }
}
