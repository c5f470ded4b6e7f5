package org.concert.cli;

import org.concert.evaluation.DerivedConclusion;
import org.concert.evaluation.Evaluation;
import org.concert.evaluation.EvidenceItem;
import org.concert.evaluation.ExplanationAssessment;
import org.concert.evaluation.FactRef;
import org.concert.evaluation.IssuedWarning;
import org.concert.evaluation.Justification;
import org.concert.evaluation.LevelStep;

import java.io.PrintWriter;

/** Prints an evaluation as an indented tree a reader can follow from a warning down to sourced facts. */
final class TextReport {

    private final PrintWriter out;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    void print(Evaluation e) {
        out.printf("%s (%s) as of %s, rules %s%n", e.title(), e.caseId(), e.asOf(), e.rules());
        out.printf("%d warning(s), %d conclusion(s)%n", e.warnings().size(), e.conclusions().size());
        for (IssuedWarning w : e.warnings()) {
            out.println();
            out.printf("%-9s %s%n", w.level(), w.title());
            out.printf("          propositions %s · actors %s · since %s%n",
                    String.join(", ", w.propositions()), String.join(", ", w.actors()), w.since());
            if (!w.levelSteps().isEmpty()) {
                StringBuilder s = new StringBuilder("          level " + w.baseLevel());
                for (LevelStep step : w.levelSteps()) {
                    s.append(step.steps() >= 0 ? ", +" : ", ").append(step.steps()).append(' ')
                            .append(step.justification().proposition()).append(" (").append(step.reason()).append(')');
                }
                out.println(s.append(" → ").append(w.level()));
            }
            java.util.Set<String> shown = new java.util.HashSet<>();
            tree(w.justification(), "  ", shown);
            for (LevelStep step : w.levelSteps()) {
                out.printf("  level %s%d because:%n", step.steps() >= 0 ? "+" : "", step.steps());
                tree(step.justification(), "    ", shown);
            }
        }
        if (!e.assessments().isEmpty()) {
            out.println();
            out.println("Competing explanations (§1), strongest first");
            for (ExplanationAssessment a : e.assessments()) {
                out.printf("  %s %s of %s: strength %d%n", a.explanation(), a.title(), a.actor(), a.strength());
                for (EvidenceItem i : a.supporting()) out.printf("    + %d  %s (%s)%n", i.weight(), i.statement(), i.justification().rule());
                for (EvidenceItem i : a.opposing()) out.printf("    - %d  %s (%s)%n", i.weight(), i.statement(), i.justification().rule());
            }
        }
        if (!e.conclusions().isEmpty()) {
            out.println();
            out.println("Conclusions");
            for (DerivedConclusion c : e.conclusions()) {
                out.printf("  %s (%s, since %s)%n", c.statement(), c.justification().proposition(), c.since());
            }
        }
        out.flush();
    }

    /** Prints a justification; a conclusion already explained under the same warning is named, not repeated. */
    private void tree(Justification j, String indent, java.util.Set<String> shown) {
        out.printf("%s← rule \"%s\" (%s, §%s)%n", indent, j.rule(), j.proposition(), j.section());
        for (FactRef f : j.facts()) {
            out.printf("%s    fact %s%s: %s%n", indent, f.path(), f.date() == null ? "" : " " + f.date(), f.summary());
            out.printf("%s         source: %s%n", indent, f.source() == null ? "(none)" : f.source().cite());
        }
        for (Justification b : j.because()) {
            if (shown.add(b.conclusion())) {
                out.printf("%s    because %s%n", indent, b.conclusion());
                tree(b, indent + "      ", shown);
            } else {
                out.printf("%s    because %s (shown above)%n", indent, b.conclusion());
            }
        }
    }
}
