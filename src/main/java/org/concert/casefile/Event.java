package org.concert.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event in the vocabulary of {@link EventKind}. Which of the optional roles an event
 * uses depends on its kind; the schema says which are required for each.
 */
public record Event(String id, LocalDate date, EventKind kind, String title,
                    String actor, String target, String organisation,
                    List<String> parties, List<String> losers, List<String> acceptedBy,
                    Boolean binding, Boolean granted, Boolean imposed, Boolean foreignBacked, Boolean heavy,
                    Double amount, Integer year,
                    LocalDate knownFrom, Confidence confidence, String quote, String note,
                    Source source, String path) implements CaseFact {

    public Event {
        parties = parties == null ? List.of() : List.copyOf(parties);
        losers = losers == null ? List.of() : List.copyOf(losers);
        acceptedBy = acceptedBy == null ? List.of() : List.copyOf(acceptedBy);
    }

    /** An event known on its date, without confidence, quotation or note, as facts generated from data are made. */
    public Event(String id, LocalDate date, EventKind kind, String title, String actor, String target, String organisation,
                 List<String> parties, List<String> losers, List<String> acceptedBy,
                 Boolean binding, Boolean granted, Boolean imposed, Boolean foreignBacked, Boolean heavy,
                 Double amount, Integer year, Source source, String path) {
        this(id, date, kind, title, actor, target, organisation, parties, losers, acceptedBy, binding, granted, imposed,
                foreignBacked, heavy, amount, year, null, null, null, null, source, path);
    }

    public boolean isBinding() {
        return Boolean.TRUE.equals(binding);
    }

    public boolean isGranted() {
        return Boolean.TRUE.equals(granted);
    }

    public boolean isImposed() {
        return Boolean.TRUE.equals(imposed);
    }

    public boolean isForeignBacked() {
        return Boolean.TRUE.equals(foreignBacked);
    }

    public boolean isHeavy() {
        return Boolean.TRUE.equals(heavy);
    }

    /**
     * When the fact became known from the case's perspective ({@code knownFrom}, else its date): the day
     * it enters an evaluation. Its {@code date} stays when it happened, which rules compare.
     */
    @Override
    public LocalDate known() {
        return knownFrom != null ? knownFrom : date;
    }

    @Override
    public String summary() {
        return kind.json() + ": " + title + (knownFrom != null && !knownFrom.equals(date) ? " (known from " + knownFrom + ")" : "");
    }

    Event at(String path) {
        return new Event(id, date, kind, title, actor, target, organisation, parties, losers, acceptedBy,
                binding, granted, imposed, foreignBacked, heavy, amount, year, knownFrom, confidence, quote, note, source, path);
    }
}
