package org.concert.sandbox;

import java.time.Duration;

/**
 * The limits of one sandboxed child.
 *
 * @param confinement  bubblewrap, or none (an operator's explicit opt-out)
 * @param heapBytes    the child's Java heap ({@code -Xmx}); its address space is capped at this plus {@link #OVERHEAD_BYTES}
 * @param cpu          CPU time the child may use in all (its warm-up included), then the kernel kills it
 * @param wallClock    how long one job may take, from the moment it is sent, before the child is killed
 * @param scratchBytes size of the child's writable {@code /tmp} (and the largest file it may write)
 * @param nice         scheduling priority of the child relative to the server (higher is nicer), so the server keeps answering
 */
public record SandboxSettings(Confinement confinement, long heapBytes, Duration cpu, Duration wallClock, long scratchBytes, int nice) {

    /** What a JVM maps besides its heap: metaspace, class space, code cache, thread stacks, malloc arenas. */
    public static final long OVERHEAD_BYTES = 1024L * 1024 * 1024;

    public static final SandboxSettings DEFAULT = new SandboxSettings(Confinement.BUBBLEWRAP, 512L * 1024 * 1024,
            Duration.ofMinutes(3), Duration.ofSeconds(90), 64L * 1024 * 1024, 10);

    public SandboxSettings {
        if (heapBytes < 64L * 1024 * 1024) throw new IllegalArgumentException("a sandboxed JVM needs at least 64 MB of heap");
        if (cpu.toSeconds() < 1 || wallClock.toMillis() < 100) throw new IllegalArgumentException("CPU and wall-clock limits are too small");
    }

    public SandboxSettings withConfinement(Confinement c) {
        return new SandboxSettings(c, heapBytes, cpu, wallClock, scratchBytes, nice);
    }

    public SandboxSettings withWallClock(Duration d) {
        return new SandboxSettings(confinement, heapBytes, cpu, d, scratchBytes, nice);
    }

    public SandboxSettings withHeap(long bytes) {
        return new SandboxSettings(confinement, bytes, cpu, wallClock, scratchBytes, nice);
    }
}
