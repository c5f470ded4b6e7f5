package org.concert.authoring;

import org.concert.json.Json;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every proposed rule change and every check, accepted or not, as one JSON line appended to a file and flushed to
 * the disk before the change takes effect. Read in pages, newest first, a line at a time, so a long log never has to
 * fit in memory.
 */
public final class AuditLog {

    private static final JsonMapper JSON = Json.mapper();
    /** A record longer than this (only a log written before diffs were bounded could have one) is counted, not read. */
    static final int MAX_RECORD_BYTES = 4 * 1024 * 1024;

    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    /** Fails now, rather than after a change has been activated, when the log cannot be written. */
    public AuditLog checkWritable() {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, "", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("the audit log " + file + " cannot be written (concert.audit-log)", e);
        }
    }

    /** Appends the record and forces it to the disk: when this returns, the record survives a crash. */
    public synchronized void append(Activation a) {
        ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(a) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                while (line.hasRemaining()) channel.write(line);
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of the log, newest first: {@code limit} records after skipping the {@code offset} newest. {@code total}
     * counts every record; {@code unreadable} those too long (or too damaged) to read, which are left out.
     */
    public record Page(long total, long offset, int limit, long unreadable, List<Activation> entries) {
    }

    public synchronized Page page(long offset, int limit) {
        long[] total = {0};
        lines(line -> total[0]++);
        long from = Math.max(0, total[0] - offset - limit), to = Math.max(0, total[0] - offset);
        List<Activation> entries = new ArrayList<>();
        long[] index = {0}, unreadable = {0};
        lines(line -> {
            long i = index[0]++;
            if (i < from || i >= to) return;
            Activation a = parse(line);
            if (a == null) unreadable[0]++;
            else entries.add(a);
        });
        java.util.Collections.reverse(entries);
        return new Page(total[0], offset, limit, unreadable[0], entries);
    }

    /** Every record, oldest first (for tests and small logs). */
    public synchronized List<Activation> read() {
        List<Activation> all = new ArrayList<>();
        lines(line -> {
            Activation a = parse(line);
            if (a != null) all.add(a);
        });
        return all;
    }

    private static Activation parse(byte[] line) {
        if (line == null) return null;
        try {
            return JSON.readValue(line, Activation.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Each non-blank line, or null for one longer than {@link #MAX_RECORD_BYTES}. */
    private void lines(Consumer<byte[]> each) {
        if (!Files.exists(file)) return;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean overlong = false, blank = true;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    if (!blank) each.accept(overlong ? null : line.toByteArray());
                    line.reset();
                    overlong = false;
                    blank = true;
                    continue;
                }
                if (b != ' ' && b != '\r' && b != '\t') blank = false;
                if (overlong) continue;
                line.write(b);
                if (line.size() > MAX_RECORD_BYTES) {
                    overlong = true;
                    line.reset();
                }
            }
            if (!blank) each.accept(overlong ? null : line.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }
}
