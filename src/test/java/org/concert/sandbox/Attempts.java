package org.concert.sandbox;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sandboxed worker that tries what an attacker's code would, each on request, and says what happened: the tests
 * of the sandbox run it inside and compare with the same attempt made here, outside.
 */
public final class Attempts implements SandboxWorker {

    public record Request(String attempt, String argument) {
    }

    public record Outcome(boolean succeeded, String detail) {
    }

    @Override
    public void run(ChildChannel parent, List<String> args) {
        parent.write(new Outcome(true, "ready"));
        Request r;
        while ((r = parent.read(Request.class)) != null) parent.write(attempt(r.attempt(), r.argument()));
    }

    public static Outcome attempt(String what, String argument) {
        try {
            return switch (what) {
                case "write" -> {
                    Files.writeString(Path.of(argument), "written from the sandbox");
                    yield new Outcome(true, "wrote " + argument);
                }
                case "read" -> new Outcome(true, Files.readString(Path.of(argument)).lines().findFirst().orElse(""));
                case "list" -> {
                    try (var s = Files.list(Path.of(argument))) {
                        yield new Outcome(true, s.map(p -> p.getFileName().toString()).sorted().toList().toString());
                    }
                }
                case "connect" -> {
                    String[] hostPort = argument.split(":");
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 2000);
                    }
                    yield new Outcome(true, "connected to " + argument);
                }
                case "env" -> {
                    String v = System.getenv(argument);
                    yield new Outcome(v != null, String.valueOf(v));
                }
                case "processes" -> {
                    List<Long> pids = ProcessHandle.allProcesses().map(ProcessHandle::pid).toList();
                    yield new Outcome(true, String.valueOf(pids.size()));
                }
                case "exec" -> {
                    Process p = new ProcessBuilder(argument.split(" ")).redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes()).strip();
                    yield new Outcome(p.waitFor() == 0, out);
                }
                case "allocate" -> {
                    List<long[]> held = new ArrayList<>();
                    for (long mb = 0; mb < Long.parseLong(argument); mb++) held.add(new long[128 * 1024]);
                    yield new Outcome(true, "held " + held.size() + " MB");
                }
                case "spin" -> {
                    long until = System.nanoTime() + Long.parseLong(argument) * 1_000_000;
                    long x = 0;
                    while (System.nanoTime() < until) x++;
                    yield new Outcome(true, "spun " + x);
                }
                case "tmp" -> {
                    Path f = Files.createTempFile("scratch", ".txt");
                    Files.write(f, new byte[Integer.parseInt(argument)]);
                    yield new Outcome(true, "wrote " + Files.size(f) + " bytes to " + f);
                }
                case "whoami" -> {
                    Map<String, String> who = new LinkedHashMap<>();
                    who.put("user.name", System.getProperty("user.name"));
                    who.put("status", Files.readAllLines(Path.of("/proc/self/status")).stream()
                            .filter(l -> l.startsWith("Uid:") || l.startsWith("CapEff:")).toList().toString());
                    yield new Outcome(true, who.toString());
                }
                default -> new Outcome(false, "unknown attempt " + what);
            };
        } catch (Throwable e) {
            return new Outcome(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
