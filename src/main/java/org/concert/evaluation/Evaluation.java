package org.concert.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.concert.casefile.Level;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of evaluating a case as of a date: the conclusions and warnings, in a fixed order
 * (warnings by level, highest first, then title), so the same case, rules and date always print
 * the same bytes. {@code assessments} weighs the paper's competing explanations (§1), strongest first.
 */
public record Evaluation(@JsonProperty("case") String caseId, String title, LocalDate asOf, String rules,
                         List<DerivedConclusion> conclusions, List<IssuedWarning> warnings,
                         List<ExplanationAssessment> assessments) {

    public Evaluation {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    /** An evaluation without explanation assessments. */
    public Evaluation(String caseId, String title, LocalDate asOf, String rules,
                      List<DerivedConclusion> conclusions, List<IssuedWarning> warnings) {
        this(caseId, title, asOf, rules, conclusions, warnings, List.of());
    }

    public Optional<Level> highestLevel() {
        return warnings.stream().map(IssuedWarning::level).max(Enum::compareTo);
    }

    public List<IssuedWarning> citing(String proposition) {
        return warnings.stream().filter(w -> w.cites(proposition)).toList();
    }

    public boolean hasConclusion(String kind) {
        return conclusions.stream().anyMatch(c -> c.kind().equals(kind));
    }
}
