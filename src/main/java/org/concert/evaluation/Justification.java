package org.concert.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * Why something holds: the rule that concluded it (with the paper's proposition and section),
 * the case facts that rule matched, and the conclusions it matched, each justified in turn,
 * down to case facts. {@code conclusion} is the statement justified (absent at a warning's root).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Justification(String conclusion, String rule, String proposition, String section,
                            List<FactRef> facts, List<Justification> because) {

    /** The latest date among the facts below: when the whole chain first held. */
    public LocalDate since() {
        LocalDate latest = null;
        for (FactRef f : facts) if (f.date() != null && (latest == null || f.date().isAfter(latest))) latest = f.date();
        for (Justification j : because) {
            LocalDate d = j.since();
            if (d != null && (latest == null || d.isAfter(latest))) latest = d;
        }
        return latest;
    }

    /** Every proposition in the tree, this node's first, depth first, without repeats. */
    public void collectPropositions(java.util.Collection<String> into) {
        if (proposition != null && !into.contains(proposition)) into.add(proposition);
        for (Justification j : because) j.collectPropositions(into);
    }

    /** Every fact path anywhere in the tree. */
    public void collectFactPaths(java.util.Collection<String> into) {
        for (FactRef f : facts) into.add(f.path());
        for (Justification j : because) j.collectFactPaths(into);
    }
}
