package org.concert.authoring;

import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.sandbox.Child;
import org.concert.sandbox.Sandbox;
import org.concert.sandbox.SandboxException;
import org.concert.session.EvaluationLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Rules tried in sandboxed children ({@link TrialWorker}), each child used for one job. A JVM that compiles rules
 * takes seconds to warm up, so one child is kept warm: started as soon as the last one was used, it compiles the
 * serving rules and waits for the next job (the first one is the server's start-up check). At most a few jobs run at
 * once; past that a job is refused as busy rather than queued. With no sandbox every job is refused, saying why.
 */
public final class SandboxedTrials implements TrialRunner {

    private static final Logger log = LoggerFactory.getLogger(SandboxedTrials.class);

    private final Sandbox sandbox;
    private final Supplier<List<TrialCase>> cases;
    private final EvaluationLimits limits;
    private final int costCopies;
    private final boolean keepWarm;
    private final Semaphore running;
    private final ExecutorService warming = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sandbox-warm-up");
        t.setDaemon(true);
        return t;
    });
    private volatile RuleFiles serving = new RuleFiles(Map.of());
    /** The child kept warm, or null. */
    private Warm warm;
    private boolean closed;

    /** A child and its warm-up, which answers with {@link TrialWorker.Ready} when done. */
    private record Warm(Child child, CompletableFuture<TrialWorker.Ready> ready, boolean withServing) {
    }

    /**
     * @param keepWarm   keep one child warm for the next job (the server), or start one per job (the command line)
     * @param maxRunning how many jobs may run at once
     */
    public SandboxedTrials(Sandbox sandbox, Supplier<List<TrialCase>> cases, EvaluationLimits limits, int costCopies,
                           boolean keepWarm, int maxRunning) {
        this.sandbox = sandbox;
        this.cases = cases;
        this.limits = limits;
        this.costCopies = costCopies;
        this.keepWarm = keepWarm;
        this.running = new Semaphore(Math.max(1, maxRunning));
    }

    public boolean available() {
        return sandbox.available();
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /**
     * The start-up check: the first warm child compiles {@code files}; their problems, or none. The child then waits,
     * warm, for the first job.
     */
    public List<RuleProblem> startup(RuleFiles files) {
        requireSandbox();
        serving = files;
        Warm w;
        synchronized (this) {
            if (warm != null) warm.child().close();
            warm = w = warmUp(true);
        }
        TrialWorker.Ready ready = await(w);
        if (!ready.problems().isEmpty()) discard(w);
        log.info("Sandboxed start-up check: the rules compile in a child confined by {} in {} ms",
                sandbox.settings().confinement(), ready.millis());
        return ready.problems();
    }

    @Override
    public TrialReport check(RuleFiles files) {
        return run(new TrialWorker.Job(TrialWorker.Kind.CHECK, files.texts(), null, null), false);
    }

    @Override
    public TrialReport gate(RuleFiles candidate, RuleFiles servingFiles, Map<String, String> ruleTests) {
        return run(new TrialWorker.Job(TrialWorker.Kind.GATE, candidate.texts(), servingFiles.texts(), ruleTests), true);
    }

    @Override
    public void serving(RuleFiles files) {
        serving = files;
    }

    private TrialReport run(TrialWorker.Job job, boolean needsServing) {
        requireSandbox();
        if (!running.tryAcquire()) {
            throw new AuthoringUnavailableException("every sandboxed rule trial is busy; try again shortly");
        }
        Warm w = null;
        try {
            w = take(needsServing);
            TrialWorker.Ready ready = await(w);
            if (needsServing && !ready.problems().isEmpty()) {
                throw new SandboxException("the serving rules did not compile in the sandbox: " + ready.problems().get(0));
            }
            w.child().send(job);
            return w.child().receive(TrialReport.class, sandbox.settings().wallClock());
        } finally {
            if (w != null) w.child().close();
            running.release();
            replenish();
        }
    }

    private synchronized Warm take(boolean needsServing) {
        Warm w = warm;
        if (w != null && w.child().isAlive() && (w.withServing() || !needsServing)) {
            warm = null;
            return w;
        }
        return warmUp(needsServing);
    }

    /** Keeps a child warm for the next job, once the last one was taken. */
    private synchronized void replenish() {
        if (!keepWarm || closed || !sandbox.available()) return;
        if (warm != null && warm.child().isAlive()) return;
        warm = warmUp(true);
    }

    /** Starts a child and, in the background, gives it the warm-up (the serving rules and the cases, when wanted). */
    private Warm warmUp(boolean withServing) {
        Child child = sandbox.start(TrialWorker.class, List.of());
        TrialWorker.Warmup warmup = new TrialWorker.Warmup(withServing ? serving.texts() : Map.of(),
                withServing ? cases.get() : List.of(), limits.maxFirings(), limits.maxTime().toMillis(), costCopies);
        CompletableFuture<TrialWorker.Ready> ready = CompletableFuture.supplyAsync(() -> {
            child.send(warmup);
            return child.receive(TrialWorker.Ready.class, sandbox.settings().wallClock());
        }, warming);
        return new Warm(child, ready, withServing);
    }

    private TrialWorker.Ready await(Warm w) {
        try {
            return w.ready().get(sandbox.settings().wallClock().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            discard(w);
            if (e.getCause() instanceof SandboxException s) throw s;
            throw new SandboxException("the sandboxed run failed to start: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            discard(w);
            throw new SandboxException("the sandboxed run did not start within " + sandbox.settings().wallClock().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(w);
            throw new SandboxException("interrupted while starting a sandboxed run");
        }
    }

    private synchronized void discard(Warm w) {
        w.child().close();
        if (warm == w) warm = null;
    }

    private void requireSandbox() {
        if (!sandbox.available()) {
            throw new AuthoringUnavailableException("rule authoring is off: candidate rules run only in a sandbox, and "
                    + sandbox.why() + ". Install bubblewrap, or let an operator opt out with concert.sandbox.confinement=none");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (warm != null) warm.child().close();
        warm = null;
        warming.shutdownNow();
    }

    /** How long the wall-clock limit of one job is. */
    public Duration wallClock() {
        return sandbox.settings().wallClock();
    }
}
