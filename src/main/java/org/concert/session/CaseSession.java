package org.concert.session;

import org.concert.evaluation.Evaluation;
import org.concert.rulebase.RuleBase;

import org.concert.casefile.CaseFact;
import org.concert.casefile.CaseFile;
import org.concert.casefile.FactChange;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One live Drools session over one case: its lifecycle, the watchdog that stops a runaway firing, and the
 * replay of the case's facts. {@link #advanceTo} replays the case's fact changes up to a date and lets the rules settle; calling it with later and later dates is the incremental
 * timeline, calling it once is a plain evaluation. Outcomes and expectations are never inserted:
 * only {@link CaseFile#changes()} and the rule base's parameters are.
 */
public final class CaseSession implements AutoCloseable {

    private static final ScheduledExecutorService WATCHDOG = watchdog();

    /** Watchdog states of one firing: the evaluation finishes it, or the watchdog halts it, never both. */
    private static final int FIRING = 0, FINISHED = 1, HALTING = 2, HALTED = 3;

    private final RuleBase ruleBase;
    private final CaseFile caseFile;
    private final EvaluationLimits limits;
    private final KieSession session;
    private final Derivations derivations = new Derivations();
    private final EvaluationBuilder builder;
    private final List<FactChange> changes;
    private final Map<String, FactHandle> handles = new HashMap<>();
    private int applied;
    private LocalDate asOf;
    /** False while facts go in and the rules fire, and for good if that fails (halted, fire limit, error): such a session is not reused. */
    private boolean clean = true;

    public CaseSession(RuleBase ruleBase, CaseFile caseFile, EvaluationLimits limits) {
        this.ruleBase = ruleBase;
        this.caseFile = caseFile;
        this.limits = limits;
        this.changes = merged(caseFile.changes(), ruleBase.parameters().changes());
        this.session = ruleBase.acquireSession();
        BoundedEvaluations.register(session);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) derivations);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) derivations);
        this.builder = new EvaluationBuilder(session, derivations, ruleBase, caseFile);
    }

    private static List<FactChange> merged(List<FactChange> facts, List<FactChange> parameters) {
        List<FactChange> all = new ArrayList<>(parameters.size() + facts.size());
        all.addAll(parameters);
        all.addAll(facts);
        all.sort(Comparator.comparing(FactChange::date)); // stable: parameters first within a day
        return all;
    }

    /** Applies every fact change dated on or before {@code day} and fires the rules. Dates must not go backwards. */
    public CaseSession advanceTo(LocalDate day) {
        if (asOf != null && day.isBefore(asOf)) {
            throw new IllegalArgumentException("a session only moves forwards: at " + asOf + ", asked for " + day);
        }
        clean = false; // until the rules have settled
        while (applied < changes.size() && !changes.get(applied).date().isAfter(day)) {
            apply(changes.get(applied++));
        }
        asOf = day;
        fire();
        clean = true;
        return this;
    }

    /** Inserts exactly the facts known on {@code day}, in one go: the plain (non-incremental) evaluation. */
    CaseSession startAt(LocalDate day) {
        if (asOf != null) throw new IllegalStateException("session already started");
        clean = false; // until the rules have settled
        Map<String, CaseFact> known = new java.util.LinkedHashMap<>();
        for (FactChange c : changes) {
            if (c.date().isAfter(day)) break;
            if (c.isEnd()) known.remove(c.key());
            else known.put(c.key(), c.fact());
        }
        known.forEach((key, fact) -> handles.put(key, session.insert(fact)));
        applied = (int) changes.stream().filter(c -> !c.date().isAfter(day)).count();
        asOf = day;
        fire();
        clean = true;
        return this;
    }

    private void apply(FactChange change) {
        FactHandle handle = handles.get(change.key());
        if (change.isEnd()) {
            if (handle != null) session.delete(handles.remove(change.key()));
        } else if (handle == null) {
            handles.put(change.key(), session.insert(change.fact()));
        } else {
            session.update(handle, change.fact());
        }
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "concert-evaluation-watchdog");
            t.setDaemon(true);
            return t;
        });
        // A cancelled watchdog leaves the queue at once instead of holding its session until its time is up.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private void fire() {
        AtomicInteger state = new AtomicInteger(FIRING);
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            if (state.compareAndSet(FIRING, HALTING)) {
                try {
                    session.halt();
                } finally {
                    state.set(HALTED);
                }
            }
        }, limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        int fired;
        try {
            fired = session.fireAllRules(limits.maxFirings());
        } finally {
            watchdog.cancel(false);
            if (!state.compareAndSet(FIRING, FINISHED)) {
                // The watchdog got there first: let its halt() return before anything else touches the session.
                while (state.get() != HALTED) Thread.onSpinWait();
            }
        }
        if (state.get() == HALTED) {
            throw new EvaluationTimeoutException("evaluation of case " + caseFile.id() + " as of " + asOf + " took longer than "
                    + limits.maxTime().toMillis() + " ms and was stopped; busiest rules: " + derivations.busiestRules());
        }
        if (fired >= limits.maxFirings()) {
            throw new RunawayRulesException("rules fired " + fired + " times on case " + caseFile.id() + " as of " + asOf
                    + " without settling (fire limit " + limits.maxFirings() + "); busiest rules: " + derivations.busiestRules());
        }
    }

    /** The case facts the rules can see now: exactly those known on the as-of date. */
    public List<CaseFact> facts() {
        List<CaseFact> facts = new ArrayList<>();
        for (Object o : session.getObjects(o -> !EvaluationBuilder.isDerived(o))) {
            if (!(o instanceof CaseFact f)) {
                throw new IllegalStateException("the session holds something that is not a case fact: " + o.getClass().getName());
            }
            facts.add(f);
        }
        facts.sort(Comparator.comparing(CaseFact::path));
        return facts;
    }

    /** The rules that fired in this session so far, from the engine's record of firings. */
    public java.util.SortedSet<String> firedRules() {
        return derivations.fired();
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The conclusions, warnings and explanation assessments holding now, each with its justification. */
    public Evaluation snapshot() {
        return builder.build(asOf);
    }

    @Override
    public void close() {
        ruleBase.releaseSession(session, clean && !BoundedEvaluations.abandoned());
    }
}
