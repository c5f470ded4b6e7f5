package org.concert.casefile;

import java.time.LocalDate;

/**
 * A fact the rules may see. It knows where it stands in its case file (a JSON path), when it
 * happened or became known, and its source, so a justification can end at it.
 */
public interface CaseFact {
    /** JSON path inside the case file, e.g. {@code $.events[3]}. */
    String path();

    /** When the fact happened; {@code null} for timeless descriptions (an actor). */
    LocalDate date();

    /**
     * When the fact became known from the case's stated perspective, and so entered what the rules
     * may see: {@code knownFrom} where the case gives one, else {@link #date()}.
     */
    default LocalDate known() {
        return date();
    }

    Source source();

    /** One line a reader recognises, e.g. "NATO promises membership to Georgia, Ukraine". */
    String summary();
}
