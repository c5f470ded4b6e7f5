package org.concert.sandbox;

import org.concert.json.Json;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The child's end of the conversation with its parent. Opening it takes standard output for the protocol and
 * points {@code System.out} at standard error, so that nothing else the child prints (logging, the engine) can pass
 * for an answer.
 */
public final class ChildChannel {

    /** Marks a line of the protocol on the child's standard output. */
    static final String PREFIX = "concert-sandbox ";
    private static final JsonMapper JSON = Json.mapper();

    private final PrintStream protocol;
    private final BufferedReader in;

    private ChildChannel() {
        this.protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        this.in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    public static ChildChannel open() {
        return new ChildChannel();
    }

    /** The next document from the parent, or null when the parent has closed the conversation. */
    public <T> T read(Class<T> type) {
        try {
            String line = in.readLine();
            return line == null ? null : JSON.readValue(line, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Object message) {
        protocol.print(PREFIX);
        protocol.print(JSON.writeValueAsString(message));
        protocol.print('\n');
        protocol.flush();
    }
}
