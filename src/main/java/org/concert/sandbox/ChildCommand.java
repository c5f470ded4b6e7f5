package org.concert.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The command line of a sandboxed child: {@code nice}, then {@code prlimit} (address space, CPU seconds, file size, no
 * core dumps), then {@code bwrap} with its namespaces and the few paths the child may read, then this JVM's own
 * {@code java} on this JVM's classpath, tuned to start fast and to die rather than limp (C1 only, serial GC, exit on
 * out-of-memory).
 */
final class ChildCommand {

    /** What the entry point of the jar is given to run a sandboxed worker instead of the server or a CLI command. */
    static final String WORKER_ARGUMENT = "sandbox-worker";

    private ChildCommand() {
    }

    static List<String> of(SandboxSettings settings, String worker, List<String> workerArgs) {
        List<String> command = new ArrayList<>(limits(settings));
        if (settings.confinement() == Confinement.BUBBLEWRAP) command.addAll(bubblewrap(settings));
        command.addAll(java(settings, worker, workerArgs));
        return command;
    }

    static List<String> limits(SandboxSettings settings) {
        long as = settings.heapBytes() + SandboxSettings.OVERHEAD_BYTES;
        long cpu = Math.max(1, settings.cpu().toSeconds());
        return List.of("nice", "-n", String.valueOf(settings.nice()),
                "prlimit", "--as=" + as, "--cpu=" + cpu, "--fsize=" + settings.scratchBytes(), "--core=0", "--");
    }

    /**
     * bubblewrap: new user (as nobody, no further user namespaces), pid, network, IPC, UTS and cgroup namespaces; every
     * capability dropped; an empty environment; the child dies with its parent. The file system is an empty root with,
     * read-only, {@code /usr} (and the merged-/usr links), the JDK and what its configuration links to, the
     * dynamic linker's cache and the classpath; a fresh {@code /proc} and {@code /dev}; and a size-capped {@code /tmp},
     * the only place it can write (the root bubblewrap builds the view on is made read-only too).
     */
    static List<String> bubblewrap(SandboxSettings settings) {
        List<String> b = new ArrayList<>(List.of("bwrap", "--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534",
                "--disable-userns", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv",
                "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "MALLOC_ARENA_MAX", "2", "--setenv", "LANG", "C.UTF-8"));
        b.addAll(List.of("--ro-bind", "/usr", "/usr"));
        for (String top : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path p = Path.of(top);
            try {
                if (Files.isSymbolicLink(p)) b.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), top));
                else if (Files.isDirectory(p)) b.addAll(List.of("--ro-bind", top, top));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<Path> readable = new LinkedHashSet<>();
        Path javaHome = javaHome();
        readable.add(javaHome);
        readable.addAll(linkedFrom(javaHome));
        Path ldCache = Path.of("/etc/ld.so.cache");
        if (Files.exists(ldCache)) readable.add(ldCache);
        readable.addAll(classpath().entries());
        List<String> underTmp = new ArrayList<>();
        for (Path p : readable) {
            if (p.startsWith("/usr") || !Files.exists(p)) continue;
            // A JDK or jar kept under /tmp would vanish beneath the scratch tmpfs: those are bound after it, on top.
            (p.startsWith("/tmp") ? underTmp : b).addAll(List.of("--ro-bind", p.toString(), p.toString()));
        }
        b.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", String.valueOf(settings.scratchBytes()), "--tmpfs", "/tmp"));
        b.addAll(underTmp);
        b.addAll(List.of("--remount-ro", "/", "--chdir", "/tmp", "--"));
        return b;
    }

    static List<String> java(SandboxSettings settings, String worker, List<String> workerArgs) {
        Classpath cp = classpath();
        List<String> j = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString(),
                "-Xmx" + settings.heapBytes() / (1024 * 1024) + "m", "-Xss1m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=384m",
                "-XX:CompressedClassSpaceSize=128m", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-cp", cp.value(), cp.mainClass(), WORKER_ARGUMENT, worker));
        j.addAll(workerArgs);
        return j;
    }

    /** The real directory of this JVM (the child runs the same one). */
    static Path javaHome() {
        try {
            return Path.of(System.getProperty("java.home")).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the JDK's symbolic links lead outside it (Debian links its configuration to /etc/java-17-openjdk). */
    private static Set<Path> linkedFrom(Path javaHome) {
        Set<Path> targets = new LinkedHashSet<>();
        for (String dir : List.of("conf", "lib")) {
            Path d = javaHome.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.walk(d)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (!Files.isSymbolicLink(f) || !Files.exists(f)) continue;
                    Path target = f.toRealPath();
                    if (!target.startsWith(javaHome)) targets.add(Files.isDirectory(target) ? target : target.getParent());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return targets;
    }

    /** The classpath to give the child, its entries (to make readable) and the class to start. */
    record Classpath(String value, List<Path> entries, String mainClass) {
    }

    /**
     * This JVM's classpath. From the packaged jar, the jar itself with its launcher (which starts the jar's entry point);
     * from a manifest-only jar (as test runners use), the entries its manifest lists; otherwise as it is.
     */
    static Classpath classpath() {
        String value = System.getProperty("java.class.path");
        List<Path> entries = new ArrayList<>();
        for (String e : value.split(java.io.File.pathSeparator)) if (!e.isBlank()) entries.add(absolute(Path.of(e)));
        if (entries.size() == 1 && entries.get(0).toString().endsWith(".jar")) {
            Manifest manifest = manifest(entries.get(0));
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            String start = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
            if (main != null && start != null) return new Classpath(entries.get(0).toString(), entries, main);
            String listed = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (listed != null) {
                List<Path> expanded = new ArrayList<>();
                for (String url : listed.trim().split("\\s+")) {
                    Path p = url.startsWith("file:") ? Path.of(java.net.URI.create(url)) : entries.get(0).resolveSibling(url);
                    expanded.add(absolute(p));
                }
                entries = expanded;
            }
        }
        return new Classpath(String.join(java.io.File.pathSeparator, entries.stream().map(Path::toString).toList()), entries,
                "org.concert.Concert");
    }

    private static Path absolute(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static Manifest manifest(Path jar) {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getManifest();
        } catch (IOException e) {
            return null;
        }
    }
}
