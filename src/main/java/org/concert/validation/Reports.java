package org.concert.validation;

import org.concert.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The report as {@code validation.json} (for the page and for later runs to compare) and {@code report.md} (to read). */
public final class Reports {

    /** The headline: the outcome, horizon and period on which the issue asks whether Concert beats the baselines. */
    public static final String HEADLINE_OUTCOME = "MID_FORCE";
    public static final int HEADLINE_HORIZON = 24;

    private Reports() {
    }

    public static String json(Results.Report report) {
        return Json.pretty(report) + "\n";
    }

    public static Results.Report read(String json) {
        return Json.mapper().readValue(json, Results.Report.class);
    }

    public static void write(Path file, String text) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The result of an outcome, horizon and period. */
    public static Results.Result find(Results.Report report, String outcome, int horizon, String period) {
        return report.results().stream().filter(r -> r.outcome().equals(outcome) && r.horizon() == horizon && r.period().equals(period))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no result for " + outcome + "/" + horizon + "/" + period));
    }

    public static String markdown(Results.Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Validation on the record\n\n");
        md.append("Rules `").append(report.rules()).append("`, inputs `").append(report.inputs())
                .append("` (content hashes of the rules and of the data and library cases, frozen before scoring). ")
                .append(report.population().dyads()).append(" directed great power–neighbour dyads (")
                .append(report.population().betweenRivals()).append(" of them between rival great powers), ")
                .append(report.population().dyadMonths()).append(" dyad-months from 1816. Onsets in observed months: ");
        report.population().onsetsObserved().forEach((k, v) -> md.append(k).append(' ').append(v).append(", "));
        md.setLength(md.length() - 2);
        md.append(". Bootstrap: ").append(report.settings().bootstrapReplicates()).append(" draws of dyads, seed ")
                .append(report.settings().seed()).append(".")
                .append(report.settings().libraryCasesMerged() ? "" : " **Without the library cases: the facts of the data sets alone.**")
                .append("\n\n");
        md.append("Precision and recall are of each model's alarm (Concert: a warning at HIGH or above naming either state); "
                + "AUC-PR ranks dyad-months by the model's score (Concert: its highest level); Brier is of probabilities calibrated "
                + "on the training period. Brackets: 95% intervals, dyads resampled. \"Concert − model\": the difference in AUC-PR.\n\n");
        Results.Result headline = find(report, HEADLINE_OUTCOME, HEADLINE_HORIZON, "TEST");
        md.append("## Headline: ").append(headline.title()).append(", ").append(headline.horizon()).append(" months, ")
                .append(headline.years()).append("\n\n").append(verdict(headline)).append("\n\n");
        table(md, headline);
        for (Results.Result r : report.results()) {
            if (r == headline) continue;
            md.append("## ").append(r.title()).append(", ").append(r.horizon()).append(" months, ").append(r.years())
                    .append(r.period().equals("TRAIN") ? " (training: the logit is fitted and scores calibrated here)" : " (test)").append("\n\n");
            table(md, r);
        }
        md.append("## Peace-years logit (fitted on the training period)\n\n| Outcome | Horizon | Months | Positive | Coefficients |\n|---|---|---|---|---|\n");
        for (Results.LogitFit f : report.logits()) {
            md.append("| ").append(f.outcome()).append(" | ").append(f.horizon()).append(" | ").append(f.trainingMonths()).append(" | ")
                    .append(f.trainingPositives()).append(" | ");
            f.coefficients().forEach((k, v) -> md.append(k).append(' ').append(fmt(v)).append("; "));
            md.append("|\n");
        }
        md.append("\n## Library cases\n\n");
        report.library().mergedInto().forEach((c, d) -> md.append("- `").append(c).append("` merged into ")
                .append(d.isEmpty() ? "no dyad" : String.join(", ", d)).append('\n'));
        report.library().notMerged().forEach((c, why) -> md.append("- `").append(c).append("` not merged: ").append(why).append('\n'));
        return md.toString();
    }

    /** Whether Concert beats persistence and the logit on AUC-PR, with the intervals of the differences. */
    public static String verdict(Results.Result r) {
        StringBuilder s = new StringBuilder();
        Results.ModelResult concert = model(r, Model.CONCERT);
        s.append(String.format(Locale.ROOT, "%d dyads, %d dyad-months, %d onsets. Concert's AUC-PR is %s.",
                r.dyads(), r.dyadMonths(), r.onsets(), metric(concert.aucPr())));
        for (Model m : List.of(Model.PERSISTENCE, Model.LOGIT)) {
            Results.ModelResult other = model(r, m);
            Results.Metric gap = other.concertAucPrAbove();
            String answer = gap.value() == null ? "cannot be compared"
                    : gap.low() != null && gap.low() > 0 ? "beats it"
                    : gap.high() != null && gap.high() < 0 ? "does worse"
                    : gap.value() > 0 ? "is ahead, but within the uncertainty" : "is behind, but within the uncertainty";
            s.append(String.format(Locale.ROOT, " Against %s (%s): Concert %s (Concert − %s = %s).", m.title(), metric(other.aucPr()),
                    answer, m.title().toLowerCase(Locale.ROOT), metric(gap)));
        }
        return s.toString();
    }

    static Results.ModelResult model(Results.Result r, Model m) {
        return r.models().stream().filter(x -> x.model().equals(m.title())).findFirst().orElseThrow();
    }

    private static void table(StringBuilder md, Results.Result r) {
        md.append(String.format(Locale.ROOT, "%d dyads, %d dyad-months (%d before an onset), %d onsets.%n%n",
                r.dyads(), r.dyadMonths(), r.positiveMonths(), r.onsets()));
        md.append("| Model | Alarm | Precision | Recall | F1 | False alarms / dyad-year | Median lead (months) | AUC-PR | Concert − model | Brier |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Results.ModelResult m : r.models()) {
            md.append("| ").append(m.model()).append(" | ").append(m.alarm()).append(" | ").append(metric(m.precision())).append(" | ")
                    .append(metric(m.recall())).append(" | ").append(metric(m.f1())).append(" | ").append(fmt(m.falseAlarmsPerDyadYear()))
                    .append(" | ").append(fmt(m.medianLeadMonths())).append(" | ").append(metric(m.aucPr())).append(" | ")
                    .append(metric(m.concertAucPrAbove())).append(" | ").append(metric(m.brier())).append(" |\n");
        }
        Results.ModelResult concert = model(r, Model.CONCERT);
        md.append("\nConcert by level: ");
        for (Results.LevelResult l : concert.levels()) {
            md.append(String.format(Locale.ROOT, "%s+ precision %s, recall %s, %s alarmed months; ", l.level(), fmt(l.precision()),
                    fmt(l.recall()), fmt(l.alarmedMonths())));
        }
        md.setLength(md.length() - 2);
        md.append(".\n\n");
        if (!r.propositions().isEmpty()) {
            md.append("Propositions behind Concert's warnings (months in which a warning naming the dyad cites it; share followed by an onset; lift over all months): ");
            for (Results.PropositionResult p : r.propositions()) {
                md.append(String.format(Locale.ROOT, "%s %d months in %d dyads, %s, lift %s; ", p.proposition(), p.months(), p.dyads(),
                        fmt(p.precision()), fmt(p.lift())));
            }
            md.setLength(md.length() - 2);
            md.append(".\n\n");
        }
    }

    static String metric(Results.Metric m) {
        if (m == null || m.value() == null) return "–";
        if (m.low() == null) return fmt(m.value());
        return fmt(m.value()) + " [" + fmt(m.low()) + ", " + fmt(m.high()) + "]";
    }

    static String fmt(Double v) {
        if (v == null) return "–";
        if (v == Math.rint(v) && Math.abs(v) >= 1) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
