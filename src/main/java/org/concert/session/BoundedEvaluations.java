package org.concert.session;

import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where a request's evaluations run, so that no request can take the server down: on a few threads of their own with a
 * short queue (more are refused as busy), not started when the heap is nearly full after the last collection, and
 * watched every few milliseconds. One that runs past its time or allocates past its memory budget is abandoned: its
 * sessions are halted, the request is answered at once (503), and if its thread has still not let go a moment later —
 * stuck inside one step of the engine that {@code halt()} does not reach, such as a huge join — the thread is stopped.
 * Sessions of an abandoned evaluation never go back to a pool.
 */
public final class BoundedEvaluations implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoundedEvaluations.class);
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<Task<?>> CURRENT = new ThreadLocal<>();
    /** An abandoned evaluation's thread gets this long to let go before it is stopped. */
    static final Duration GRACE = Duration.ofMillis(500);
    /** Past this share of the heap in use after the last collection, evaluations wait for memory to come back. */
    static final double MAX_HEAP_USE = 0.85;

    /**
     * @param time     how long one request's evaluations may take in all (the sessions' own watchdog stops a single
     *                 firing at the same limit, with a more telling message; this catches what it cannot reach)
     * @param memory   bytes one request's evaluations may allocate
     * @param threads  requests evaluated at once
     * @param queue    requests that may wait for a thread
     */
    public record Limits(Duration time, long memory, int threads, int queue) {
    }

    private final Limits limits;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService watchdog;
    private final Set<Task<?>> running = ConcurrentHashMap.newKeySet();
    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();

    public BoundedEvaluations(Limits limits) {
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(limits.threads(), limits.threads(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(Math.max(1, limits.queue())), r -> {
            Thread t = new Thread(r, "concert-evaluation-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "concert-evaluation-guard");
            t.setDaemon(true);
            return t;
        });
        w.scheduleWithFixedDelay(this::watch, 20, 20, TimeUnit.MILLISECONDS);
        this.watchdog = w;
    }

    /** Runs {@code work} within the limits and returns its result; its own exceptions come out as they were thrown. */
    public <T> T run(Supplier<T> work) {
        if (CURRENT.get() != null) return work.get(); // already inside a bounded evaluation
        double used = heapUse();
        if (used > MAX_HEAP_USE) {
            throw new EvaluationRefusedException(String.format(java.util.Locale.ROOT,
                    "the server is short of memory (%.0f%% of the heap in use after the last collection): evaluation refused, try again shortly",
                    100 * used));
        }
        Task<T> task = new Task<>(work);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            throw new EvaluationRefusedException(limits.threads() + " evaluations are running and " + limits.queue()
                    + " waiting: too busy, try again shortly");
        }
        try {
            return task.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.abandon(new EvaluationRefusedException("the request was interrupted"));
            throw new EvaluationRefusedException("the request was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof OutOfMemoryError) {
                throw new EvaluationRefusedException("the evaluation ran the server out of memory and was stopped");
            }
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** The sessions of the evaluation running on this thread, so that the guard can halt them. */
    static void register(KieSession session) {
        Task<?> t = CURRENT.get();
        if (t != null) t.sessions.add(session);
    }

    /** Whether the evaluation on this thread was abandoned: its sessions must not go back to a pool. */
    static boolean abandoned() {
        Task<?> t = CURRENT.get();
        return t != null && t.abandoned;
    }

    private void watch() {
        long now = System.nanoTime();
        for (Task<?> t : running) {
            Thread thread = t.thread;
            if (thread == null) continue;
            if (!t.abandoned) {
                long elapsed = now - t.startNanos;
                long allocated = THREADS.getThreadAllocatedBytes(thread.getId()) - t.startAllocated;
                if (elapsed > limits.time().toNanos() + GRACE.toNanos()) {
                    t.abandon(new EvaluationTimeoutException("the evaluation took longer than " + limits.time().toMillis()
                            + " ms and was stopped (concert.max-evaluation-time)"));
                } else if (allocated > limits.memory()) {
                    t.abandon(new EvaluationRefusedException("the evaluation allocated more than " + limits.memory() / (1024 * 1024)
                            + " MB and was stopped (concert.max-evaluation-memory)"));
                }
            } else if (now - t.abandonedNanos > GRACE.toNanos() && !t.stopped) {
                synchronized (t) { // never a thread that has moved on to another task
                    if (t.thread == thread) {
                        t.stopped = true;
                        stop(thread);
                    }
                }
            }
        }
    }

    /**
     * The last resort for a thread an abandoned evaluation still holds (it cannot be reached otherwise): stopped, so its
     * CPU and memory come back. Only the engine's own work for that evaluation is interrupted; its sessions are discarded.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        log.warn("An abandoned evaluation still held thread {} after {} ms: stopping it", thread.getName(), GRACE.toMillis());
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            log.warn("This JVM cannot stop threads: {} keeps running until its evaluation ends", thread.getName());
        }
    }

    private double heapUse() {
        long used = 0, max = 0;
        for (MemoryPoolMXBean p : heap) {
            MemoryUsage u = p.getCollectionUsage();
            if (u == null || u.getMax() <= 0) continue;
            used += u.getUsed();
            max += u.getMax();
        }
        return max == 0 ? 0 : (double) used / max;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        executor.shutdownNow();
    }

    private final class Task<T> implements Runnable {
        final Supplier<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();
        final List<KieSession> sessions = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile Thread thread;
        volatile boolean abandoned;
        volatile boolean stopped;
        volatile long abandonedNanos;
        long startNanos;
        long startAllocated;

        Task(Supplier<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            Thread me = Thread.currentThread();
            startAllocated = THREADS.getThreadAllocatedBytes(me.getId());
            startNanos = System.nanoTime();
            CURRENT.set(this);
            thread = me;
            running.add(this);
            try {
                result.complete(work.get());
            } catch (Throwable e) { // an engine error, an OutOfMemoryError, or the ThreadDeath of a stopped thread
                result.completeExceptionally(e);
            } finally {
                synchronized (this) {
                    thread = null;
                }
                running.remove(this);
                CURRENT.remove();
            }
        }

        void abandon(RuntimeException why) {
            abandonedNanos = System.nanoTime();
            abandoned = true;
            synchronized (sessions) {
                for (KieSession s : sessions) {
                    try {
                        s.halt();
                    } catch (RuntimeException ignored) {
                        // a session already disposed of
                    }
                }
            }
            result.completeExceptionally(why);
        }
    }
}
