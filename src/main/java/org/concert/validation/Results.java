package org.concert.validation;

import org.concert.validation.scoring.Brier;

import java.util.List;
import java.util.Map;

/** The validation's findings as written to {@code validation.json}: plain records, in a fixed order. */
public final class Results {

    private Results() {
    }

    /** The whole report. {@code rules} is the content hash of the rule base, recorded before any scoring. */
    public record Report(String rules, String inputs, Settings settings, Population population, Library library, List<Result> results,
                         List<LogitFit> logits) {
    }

    public record Settings(int horizonsMonths12, int horizonsMonths24, int bootstrapReplicates, long seed,
                           String contiguity, String dyadMonth, String warningOfDyad, boolean libraryCasesMerged) {
    }

    public record Population(int dyads, int dyadMonths, int betweenRivals, Map<String, Integer> onsetsObserved, List<DyadSummary> list) {
    }

    public record DyadSummary(String dyad, String power, String neighbour, int closestContiguityType, boolean betweenRivals,
                              String from, String to, int months, List<String> libraryCases, Map<String, Integer> onsets,
                              Map<String, Integer> monthsAtLevel) {
    }

    public record Library(Map<String, List<String>> mergedInto, Map<String, String> notMerged) {
    }

    /** One outcome, horizon and period: the counts and every model's scores. */
    public record Result(String outcome, String title, int horizon, String period, String years, int dyads, int dyadMonths,
                         int onsets, int positiveMonths, List<ModelResult> models, List<PropositionResult> propositions) {
    }

    /**
     * The dyad-months in which a warning naming either state cites the proposition (as its own, as a change of its
     * level, or in its justification), and the share of them followed by an onset within the horizon; {@code lift} is
     * that share over the share of all dyad-months.
     */
    public record PropositionResult(String proposition, int months, int dyads, Double precision, Double lift) {
    }

    /**
     * A model's scores. {@code alarm} says when it counts as warning (Concert: a level at or above HIGH); precision,
     * recall and F1 are of that alarm. {@code aucPr} ranks by the model's score; {@code brier} is of the probabilities
     * calibrated on the training period. {@code levels}: Concert's alarm at each level. {@code curve} and
     * {@code calibration} are given for the test period. {@code concertAucPrAbove}: Concert's AUC-PR minus this model's,
     * with the interval of the difference over the same bootstrap draws (above zero: Concert ranks better).
     */
    public record ModelResult(String model, String alarm, Metric precision, Metric recall, Metric f1, Double falseAlarmsPerDyadYear,
                              Double medianLeadMonths, double alarmedMonths, Metric aucPr, Metric concertAucPrAbove, Metric brier,
                              List<LevelResult> levels,
                              List<double[]> curve, List<Brier.Bin> calibration) {
    }

    /** A value with its 95% dyad-clustered bootstrap interval (null bounds when undefined). */
    public record Metric(Double value, Double low, Double high) {
    }

    public record LevelResult(String level, Double precision, Double recall, Double f1, Double falseAlarmsPerDyadYear,
                              Double medianLeadMonths, double alarmedMonths) {
    }

    /** The fitted peace-years logit of one outcome and horizon: coefficients on the predictors' own scale. */
    public record LogitFit(String outcome, int horizon, int trainingMonths, int trainingPositives, Map<String, Double> coefficients,
                           double threshold, int iterations) {
    }
}
