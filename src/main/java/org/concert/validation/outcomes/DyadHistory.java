package org.concert.validation.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What happened between two states: the onset dates of each outcome, and the spells of all their militarized
 * disputes (any hostility), which the persistence and peace-years baselines read. Never shown to the rules.
 */
public record DyadHistory(Map<OutcomeKind, List<LocalDate>> onsets, List<Spell> disputes) {

    public record Spell(LocalDate from, LocalDate to) {
    }

    public List<LocalDate> onsets(OutcomeKind kind) {
        return onsets.getOrDefault(kind, List.of());
    }

    /** True when a dispute of the pair was going on at some time from {@code from} to {@code to}, inclusive. */
    public boolean disputeBetween(LocalDate from, LocalDate to) {
        for (Spell s : disputes) if (!s.from().isAfter(to) && !s.to().isBefore(from)) return true;
        return false;
    }

    /** The end of the last dispute that began on or before {@code day} (capped at it), or null if none. */
    public LocalDate lastDisputeEnd(LocalDate day) {
        LocalDate last = null;
        for (Spell s : disputes) {
            if (s.from().isAfter(day)) continue;
            LocalDate end = s.to().isAfter(day) ? day : s.to();
            if (last == null || end.isAfter(last)) last = end;
        }
        return last;
    }
}
