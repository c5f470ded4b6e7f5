package org.concert.sandbox;

import org.concert.json.Json;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running sandboxed child, seen from the parent: JSON documents go to its standard input, one per line; its
 * answers come back the same way on its standard output, each line read whole up to {@link #MAX_LINE_BYTES}. What it
 * writes to standard error is kept (the last few kilobytes) to explain a failure. Closing it kills it.
 */
public final class Child implements AutoCloseable {

    /** The largest answer a child may send; a longer line is a failure, not a reason to run out of memory. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    private static final JsonMapper JSON = Json.mapper();
    private static final Object END = new Object();

    private final Process process;
    private final SandboxSettings settings;
    private final BlockingQueue<Object> lines = new ArrayBlockingQueue<>(16);
    private final Tail stderr = new Tail(8 * 1024);
    private final long startedNanos = System.nanoTime();

    Child(Process process, SandboxSettings settings) {
        this.process = process;
        this.settings = settings;
        Thread out = new Thread(() -> readLines(process.getInputStream()), "sandbox-child-" + process.pid() + "-out");
        Thread err = new Thread(() -> drain(process.getErrorStream()), "sandbox-child-" + process.pid() + "-err");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
    }

    /** Sends one document. */
    public void send(Object message) {
        try {
            OutputStream in = process.getOutputStream();
            in.write(JSON.writeValueAsBytes(message));
            in.write('\n');
            in.flush();
        } catch (IOException e) {
            throw failure("could not be given its work", e);
        }
    }

    /**
     * The next document the child sends, waiting at most {@code timeout}; past it, or if the child ends first, the
     * child is killed and a {@link SandboxException} says why (wall-clock limit, memory, CPU time, a crash).
     */
    public <T> T receive(Class<T> type, Duration timeout) {
        Object line;
        try {
            line = lines.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new SandboxException("the sandboxed run was interrupted");
        }
        if (line == null) {
            close();
            throw new SandboxException("the sandboxed run was stopped at its wall-clock limit of " + seconds(timeout));
        }
        if (line instanceof SandboxException e) {
            close();
            throw e;
        }
        if (line == END) throw ended();
        try {
            return JSON.readValue((String) line, type);
        } catch (RuntimeException e) {
            close();
            throw new SandboxException("the sandboxed run sent an answer that cannot be read", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** How long ago the child was started. */
    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** What the child wrote to standard error lately (for logs, not for analysts: it may quote the JVM). */
    public String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            // A killed child is gone when close returns (reaped), not merely signalled: nothing of it outlives the job.
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SandboxException ended() {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (process.isAlive()) {
            close();
            return new SandboxException("the sandboxed run closed its output without answering");
        }
        int code = process.exitValue();
        String why = switch (code) {
            case 3 -> "ran out of memory (heap " + settings.heapBytes() / (1024 * 1024) + " MB)";
            case 128 + 9 -> "was killed (out of memory or CPU time: " + settings.cpu().toSeconds() + " s of CPU at most)";
            case 128 + 24 -> "used up its CPU time (" + settings.cpu().toSeconds() + " s)";
            case 128 + 25 -> "wrote a file over its limit of " + settings.scratchBytes() / (1024 * 1024) + " MB";
            default -> "ended without answering (exit code " + code + ")";
        };
        String last = lastLine(stderr.toString());
        return new SandboxException("the sandboxed run " + why + (last.isEmpty() ? "" : ": " + last));
    }

    private SandboxException failure(String what, Exception e) {
        close();
        return new SandboxException("the sandboxed run " + what + ": " + lastLine(stderr.toString()), e);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
        return last.length() > 300 ? last.substring(0, 300) + "…" : last;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Lines of the protocol; anything else on standard output (the JVM's own messages) goes with standard error. */
    private void readLines(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            int b;
            boolean overlong = false;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    if (!overlong) accept(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                    overlong = false;
                } else if (!overlong) {
                    line.write(b);
                    if (line.size() > MAX_LINE_BYTES) {
                        overlong = true;
                        line.reset();
                        put(new SandboxException("the sandboxed run sent an answer over " + MAX_LINE_BYTES / (1024 * 1024) + " MB"));
                    }
                }
            }
        } catch (IOException ignored) {
            // the child is gone; END says so
        }
        put(END);
    }

    private void accept(String line) {
        if (line.startsWith(ChildChannel.PREFIX)) put(line.substring(ChildChannel.PREFIX.length()));
        else stderr.add(line + "\n");
    }

    private void put(Object o) {
        try {
            lines.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(InputStream err) {
        byte[] buffer = new byte[4096];
        try (err) {
            int n;
            while ((n = err.read(buffer)) >= 0) stderr.add(new String(buffer, 0, n, StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // the child is gone
        }
    }

    /** The last {@code size} characters written. */
    private static final class Tail {
        private final int size;
        private final StringBuilder text = new StringBuilder();

        Tail(int size) {
            this.size = size;
        }

        synchronized void add(String s) {
            text.append(s);
            if (text.length() > size) text.delete(0, text.length() - size);
        }

        @Override
        public synchronized String toString() {
            return text.toString();
        }
    }
}
