package org.concert.authoring;

import org.concert.json.Json;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Every proposed rule change, accepted or not, as one JSON line appended to a file. */
public final class AuditLog {

    private static final JsonMapper JSON = Json.mapper();

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

    public synchronized void append(Activation a) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(a) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized List<Activation> read() {
        if (!Files.exists(file)) return List.of();
        try {
            List<Activation> all = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) all.add(JSON.readValue(line, Activation.class));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }
}
