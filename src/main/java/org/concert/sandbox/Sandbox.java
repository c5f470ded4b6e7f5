package org.concert.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts sandboxed children ({@link ChildCommand} says how they are confined). Whether confinement works here is
 * found out once, when the sandbox is made, by starting a trivial program the same way: bubblewrap may be missing,
 * or a container may forbid the namespaces it needs. An unavailable sandbox starts nothing; its {@link #why} says
 * what is missing, for the operator.
 */
public final class Sandbox {

    /** The jar's entry point runs a sandboxed child's worker when given this first. */
    public static final String WORKER_ARGUMENT = ChildCommand.WORKER_ARGUMENT;

    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxSettings settings;
    private final String unavailable;

    private Sandbox(SandboxSettings settings, String unavailable) {
        this.settings = settings;
        this.unavailable = unavailable;
    }

    /** A sandbox with these settings, tried out now. */
    public static Sandbox create(SandboxSettings settings) {
        return new Sandbox(settings, probe(settings));
    }

    public boolean available() {
        return unavailable == null;
    }

    /** Why no child can be started, or null when one can. */
    public String why() {
        return unavailable;
    }

    public SandboxSettings settings() {
        return settings;
    }

    /** Starts a child running {@code worker}; its first answer comes when the worker writes one. */
    public Child start(Class<? extends SandboxWorker> worker, List<String> args) {
        if (unavailable != null) throw new SandboxException("no sandbox: " + unavailable);
        List<String> command = ChildCommand.of(settings, worker.getName(), args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (settings.confinement() == Confinement.NONE) {
                // What bubblewrap's --clearenv/--setenv/--chdir give a confined child: without them, glibc's per-thread
                // malloc arenas reserve more address space than the child's cap allows, and the JVM dies starting.
                builder.environment().clear();
                builder.environment().putAll(java.util.Map.of("PATH", "/usr/bin:/bin", "MALLOC_ARENA_MAX", "2", "LANG", "C.UTF-8"));
                builder.directory(new java.io.File(System.getProperty("java.io.tmpdir")));
            }
            Process p = builder.start();
            log.debug("sandboxed child {} started: {}", p.pid(), worker.getSimpleName());
            return new Child(p, settings);
        } catch (IOException e) {
            throw new SandboxException("the sandboxed run could not start: " + e.getMessage(), e);
        }
    }

    /** Runs the worker a child was started for: called by the jar's entry point with what follows its argument. */
    public static void runWorker(String... args) {
        if (args.length < 1) throw new IllegalArgumentException("which sandbox worker?");
        ChildChannel channel = ChildChannel.open();
        try {
            Class<?> type = Class.forName(args[0]);
            if (!SandboxWorker.class.isAssignableFrom(type)) throw new IllegalArgumentException(args[0] + " is not a sandbox worker");
            SandboxWorker worker = (SandboxWorker) type.getDeclaredConstructor().newInstance();
            worker.run(channel, List.of(args).subList(1, args.length));
        } catch (Exception e) {
            e.printStackTrace(System.err);
            System.exit(1);
        }
        System.exit(0);
    }

    /** The command that starts a worker (for documentation and tests). */
    public List<String> command(Class<? extends SandboxWorker> worker) {
        return ChildCommand.of(settings, worker.getName(), List.of());
    }

    private static String probe(SandboxSettings settings) {
        List<String> command = new ArrayList<>(ChildCommand.limits(settings));
        if (settings.confinement() == Confinement.BUBBLEWRAP) command.addAll(ChildCommand.bubblewrap(settings));
        command.add("/usr/bin/true");
        String tool = settings.confinement() == Confinement.BUBBLEWRAP ? "bubblewrap (bwrap), prlimit and nice" : "prlimit and nice";
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "a trial run under " + tool + " did not end in 20 s";
            }
            if (p.exitValue() != 0) {
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                return "a trial run under " + tool + " failed (exit code " + p.exitValue() + (said.isEmpty() ? "" : ": " + said) + ")";
            }
            return null;
        } catch (IOException e) {
            return tool + " could not be run (" + e.getMessage() + "): install bubblewrap (Debian: apt-get install bubblewrap)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while trying the sandbox";
        }
    }
}
