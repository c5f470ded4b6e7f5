package org.concert.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A state. Its great-power and nuclear status change over time, so they are not fields here:
 * the rules see them as {@link GreatPower} and {@link NuclearPower} facts valid at the as-of date.
 */
public record Actor(String id, String name, String region, List<String> borders,
                    List<Span> greatPower, List<Span> nuclear, Integer cow,
                    Confidence confidence, String quote, String note,
                    Source source, String path) implements CaseFact {

    /** An actor without a COW code, confidence, quotation or note, as facts generated in code are made. */
    public Actor(String id, String name, String region, List<String> borders, List<Span> greatPower, List<Span> nuclear,
                 Source source, String path) {
        this(id, name, region, borders, greatPower, nuclear, null, null, null, null, source, path);
    }

    public Actor {
        borders = borders == null ? List.of() : List.copyOf(borders);
        greatPower = greatPower == null ? List.of() : List.copyOf(greatPower);
        nuclear = nuclear == null ? List.of() : List.copyOf(nuclear);
    }

    public boolean borders(String other) {
        return borders.contains(other);
    }

    @Override
    public LocalDate date() {
        return null;
    }

    @Override
    public String summary() {
        return name + " (" + id + ")";
    }

    Actor at(String path) {
        return new Actor(id, name, region, borders, greatPower, nuclear, cow, confidence, quote, note, source, path);
    }

    /** The actor without its statuses, which the rules see as dated facts of their own. */
    Actor timeless() {
        return new Actor(id, name, region, borders, null, null, cow, confidence, quote, note, source, path);
    }
}
