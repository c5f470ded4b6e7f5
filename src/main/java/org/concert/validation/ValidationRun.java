package org.concert.validation;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.session.EvaluationLimits;
import org.concert.rulebase.RuleBase;
import org.concert.validation.baselines.Covariates;
import org.concert.validation.baselines.ThreeTriggers;
import org.concert.validation.data.FactData;
import org.concert.validation.data.OutcomeData;
import org.concert.validation.facts.Dyad;
import org.concert.validation.facts.Dyads;
import org.concert.validation.facts.Importer;
import org.concert.validation.facts.LibraryCases;
import org.concert.validation.facts.ValidationInputs;
import org.concert.validation.outcomes.DyadHistory;
import org.concert.validation.outcomes.Histories;
import org.concert.validation.outcomes.OutcomeKind;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The backtest on the record: every great power–neighbour dyad from 1816, its case made from the data, replayed
 * month by month with the rules frozen (their hash is recorded first), and scored with the baselines on the same
 * dyad-months. Units run on a pool of threads; results are put back in dyad order, so the report does not depend
 * on which unit finished first.
 */
public final class ValidationRun {

    /** The months observed: the data's first year to the last year UCDP covers. */
    public static final YearMonth FROM = YearMonth.of(1816, 1), TO = YearMonth.of(2024, 12);

    /** What to run. {@code only}: dyad ids to keep (all when empty). */
    public record Options(Path data, Path cases, Path rules, int threads, int replicates, long seed, List<String> only,
                          boolean withLibrary) {
    }

    private final Options options;
    private final PrintWriter log;

    public ValidationRun(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    public Results.Report run() {
        RuleBase rules = RuleBase.load(options.rules());
        String inputs = ValidationInputs.hash(options.data(), options.cases(), options.withLibrary());
        log.printf("rules %s (%s), inputs %s: frozen for this run%n", rules.version(), options.rules(), inputs);
        log.flush();
        FactData facts = FactData.load(options.data());
        Histories histories = new Histories(OutcomeData.load(options.data()));
        // Without the library: the facts the data sets hold and nothing hand-coded (to see what the data alone give the rules).
        LibraryCases library = options.withLibrary() ? LibraryCases.of(CaseLibrary.load(options.cases())) : LibraryCases.NONE;
        Importer importer = new Importer(facts, library);
        Covariates covariates = new Covariates(facts);
        List<Dyad> dyads = Dyads.select(facts, FROM, TO).stream()
                .filter(d -> options.only().isEmpty() || options.only().contains(d.id())).toList();
        if (dyads.isEmpty()) throw new IllegalArgumentException("no dyad to validate" + (options.only().isEmpty() ? "" : ": none of " + options.only()));
        log.printf("%d dyads, %d dyad-months; %d threads%n", dyads.size(), dyads.stream().mapToInt(d -> d.months().size()).sum(), options.threads());
        log.flush();

        List<Outcome> outcomes = runUnits(rules, importer, dyads);
        DyadMonths frame = new DyadMonths();
        for (int i = 0; i < dyads.size(); i++) {
            Dyad d = dyads.get(i);
            Outcome o = outcomes.get(i);
            frame.add(d, o.timeline(), new ThreeTriggers(o.facts(), d.powerId(), d.neighbourId()), covariates, histories.of(d.power(), d.neighbour()));
        }
        Scorer scorer = new Scorer(frame, options.replicates(), options.seed());
        List<Results.Result> results = scorer.score();
        return new Results.Report(rules.version(), inputs, settings(), population(frame, outcomes), library(library, dyads, outcomes), results, scorer.logits());
    }

    private record Outcome(CaseFile facts, DyadTimeline timeline, List<String> libraryCases) {
    }

    private List<Outcome> runUnits(RuleBase rules, Importer importer, List<Dyad> dyads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        try (Progress progress = Progress.of("validate", dyads.size(), log)) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Dyad d : dyads) {
                futures.add(pool.submit(() -> {
                    CaseFile facts = importer.caseOf(d);
                    DyadUnit unit = new DyadUnit(d.id(), d.powerId(), d.neighbourId(), facts, d.months());
                    DyadTimeline timeline = UnitRunner.run(rules, unit, EvaluationLimits.DEFAULT);
                    progress.step(d.id());
                    return new Outcome(facts, timeline, importer.libraryCasesOf(d));
                }));
            }
            List<Outcome> done = new ArrayList<>();
            for (Future<Outcome> f : futures) done.add(f.get());
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Results.Settings settings() {
        return new Results.Settings(12, 24, options.replicates(), options.seed(),
                "COW direct contiguity types 1–3 (land or river, or at most 24 miles of water)",
                "the state as of the month's last day; a forecast for onsets in the next 12 or 24 months",
                "a warning whose actors include either state of the dyad", options.withLibrary());
    }

    private static Results.Population population(DyadMonths frame, List<Outcome> outcomes) {
        List<Results.DyadSummary> list = new ArrayList<>();
        Map<String, Integer> observed = new LinkedHashMap<>();
        for (OutcomeKind k : OutcomeKind.values()) observed.put(k.name(), 0);
        int between = 0;
        for (int i = 0; i < frame.dyads().size(); i++) {
            DyadMonths.Rows r = frame.dyads().get(i);
            Dyad d = r.dyad();
            if (d.betweenRivals()) between++;
            Map<String, Integer> onsets = new LinkedHashMap<>();
            java.util.Set<YearMonth> months = new java.util.HashSet<>(d.months());
            for (OutcomeKind k : OutcomeKind.values()) {
                int n = 0;
                for (var date : r.history().onsets(k)) if (months.contains(YearMonth.from(date).minusMonths(1))) n++;
                onsets.put(k.name(), n);
                observed.merge(k.name(), n, Integer::sum);
            }
            Map<String, Integer> atLevel = new TreeMap<>();
            for (int level : r.level()) atLevel.merge(level < 0 ? "none" : org.concert.casefile.Level.values()[level].name(), 1, Integer::sum);
            list.add(new Results.DyadSummary(d.id(), d.powerName(), d.neighbourName(), d.closestType(), d.betweenRivals(),
                    d.first().toString(), d.last().toString(), d.months().size(), outcomes.get(i).libraryCases(), onsets, atLevel));
        }
        return new Results.Population(frame.dyads().size(), frame.size(), between, observed, list);
    }

    private static Results.Library library(LibraryCases library, List<Dyad> dyads, List<Outcome> outcomes) {
        Map<String, List<String>> merged = new TreeMap<>();
        for (LibraryCases.Mapped m : library.cases()) merged.put(m.caseFile().id(), new ArrayList<>());
        for (int i = 0; i < dyads.size(); i++) {
            for (String c : outcomes.get(i).libraryCases()) merged.get(c).add(dyads.get(i).id());
        }
        return new Results.Library(merged, new TreeMap<>(library.excluded()));
    }

}
