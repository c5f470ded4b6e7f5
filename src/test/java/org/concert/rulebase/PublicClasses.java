package org.concert.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The public classes a rule could try to reach at run time: those of the JDK's modules and of the classpath (the
 * server's dependencies and its own classes), each with one of its public static members when it has one. Every class
 * file is listed by name; only those asked for are read, from their headers, never by loading a class (which could run
 * its static initialiser). Reading all of them (some 60,000 files) costs about 4 s of CPU, too much for every build
 * on a shared 2-core machine, hence the selection.
 */
public final class PublicClasses {

    /**
     * A public class: its name as Java source writes it, where it comes from ({@code jdk:java.base},
     * {@code jar:commons-lang3-3.19.0.jar}, {@code project}), and a public static method (with its number of
     * parameters) or a public static field, or neither.
     */
    public record ClassRef(String name, String source, String method, int arity, String field) {

        public String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }

        public String packageName() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(0, dot);
        }
    }

    /** What an enumeration found: how many class files it listed, and the public classes of those it read. */
    public record Found(int classFiles, int read, List<ClassRef> classes) {
    }

    private PublicClasses() {
    }

    /**
     * Lists every class file of the JDK's system modules and of the runtime classpath (cheap: names only), and reads the
     * header of those whose class name {@code select} takes; answers the public, non-anonymous classes among them, one
     * per name, sorted.
     */
    public static Found enumerate(Predicate<String> select) {
        int[] counts = new int[2];
        List<ClassRef> found = new ArrayList<>();
        jdk(select, counts, found);
        for (Path entry : classpath()) {
            if (Files.isDirectory(entry)) directory(entry, select, counts, found);
            else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) jar(entry, select, counts, found);
        }
        found.sort(Comparator.comparing(ClassRef::name).thenComparing(ClassRef::source));
        List<ClassRef> unique = new ArrayList<>();
        for (ClassRef c : found) if (unique.isEmpty() || !unique.get(unique.size() - 1).name().equals(c.name())) unique.add(c);
        return new Found(counts[0], counts[1], List.copyOf(unique));
    }

    /** Counts a class file and says whether to read it: a named (not anonymous, not local) class that {@code select} takes. */
    private static boolean take(String path, Predicate<String> select, int[] counts) {
        if (!isClassFile(path)) return false;
        counts[0]++;
        String name = sourceName(path.substring(0, path.length() - ".class".length()));
        if (name == null || !select.test(name)) return false;
        counts[1]++;
        return true;
    }

    private static void jdk(Predicate<String> select, int[] counts, List<ClassRef> found) {
        for (ModuleReference m : ModuleFinder.ofSystem().findAll()) {
            String source = "jdk:" + m.descriptor().name();
            try (ModuleReader reader = m.open(); Stream<String> names = reader.list()) {
                for (String name : (Iterable<String>) names::iterator) {
                    if (!take(name, select, counts)) continue;
                    try (InputStream in = reader.open(name).orElseThrow()) {
                        read(in.readAllBytes(), source).ifPresent(found::add);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void jar(Path jar, Predicate<String> select, int[] counts, List<ClassRef> found) {
        String source = "jar:" + jar.getFileName();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                if (e.getName().startsWith("META-INF/") || !take(e.getName(), select, counts)) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    read(in.readAllBytes(), source).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void directory(Path dir, Predicate<String> select, int[] counts, List<ClassRef> found) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String relative = dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                if (Files.isRegularFile(f) && take(relative, select, counts)) read(Files.readAllBytes(f), "project").ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isClassFile(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class");
    }

    /** The classpath of this JVM, with a manifest-only jar (as Surefire uses) replaced by the entries it names; test classes left out. */
    static List<Path> classpath() {
        Set<Path> entries = new LinkedHashSet<>();
        for (String p : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (p.isBlank()) continue;
            Path path = Path.of(p).toAbsolutePath().normalize();
            entries.add(path);
            if (p.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    Manifest mf = jar.getManifest();
                    String named = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
                    if (named != null) {
                        for (String url : named.trim().split("\\s+")) {
                            try {
                                java.net.URI u = path.getParent().toUri().resolve(url);
                                entries.add(Path.of(u).toAbsolutePath().normalize());
                            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException ignored) {
                                // not a file: nothing to list
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        entries.removeIf(e -> e.endsWith("test-classes") || e.getFileName().toString().startsWith("surefire"));
        return List.copyOf(entries);
    }

    /** The class a class file describes, if it is public and not anonymous or local; with one public static member. */
    static java.util.Optional<ClassRef> read(byte[] bytes, String source) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (bytes.length < 10 || b.getInt() != 0xCAFEBABE) return java.util.Optional.empty();
        b.position(8);
        int count = b.getShort() & 0xffff;
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = b.get();
            switch (tag) {
                case 1 -> {
                    int length = b.getShort() & 0xffff;
                    utf8[i] = new String(bytes, b.position(), length, StandardCharsets.UTF_8); // modified UTF-8; names are ASCII in practice
                    b.position(b.position() + length);
                }
                case 7 -> classNames[i] = b.getShort() & 0xffff;
                case 3, 4, 9, 10, 11, 12, 17, 18 -> b.position(b.position() + 4);
                case 5, 6 -> {
                    b.position(b.position() + 8);
                    i++;
                }
                case 8, 16, 19, 20 -> b.position(b.position() + 2);
                case 15 -> b.position(b.position() + 3);
                default -> {
                    return java.util.Optional.empty();
                }
            }
        }
        int access = b.getShort() & 0xffff;
        String internal = utf8[classNames[b.getShort() & 0xffff]];
        if ((access & 0x0001) == 0 || (access & 0x1000) != 0 || internal == null) return java.util.Optional.empty(); // not public, or synthetic
        String name = sourceName(internal);
        if (name == null) return java.util.Optional.empty();
        b.getShort(); // super class
        int interfaces = b.getShort() & 0xffff;
        b.position(b.position() + 2 * interfaces);
        String field = null;
        int fields = b.getShort() & 0xffff;
        for (int i = 0; i < fields; i++) {
            int flags = b.getShort() & 0xffff;
            String fieldName = utf8[b.getShort() & 0xffff];
            b.getShort();
            skipAttributes(b);
            if ((flags & 0x0009) == 0x0009 && (flags & 0x1000) == 0 && (field == null || fieldName.compareTo(field) < 0)) field = fieldName;
        }
        String method = null;
        int arity = 0;
        int methods = b.getShort() & 0xffff;
        for (int i = 0; i < methods; i++) {
            int flags = b.getShort() & 0xffff;
            String methodName = utf8[b.getShort() & 0xffff];
            String descriptor = utf8[b.getShort() & 0xffff];
            skipAttributes(b);
            if ((flags & 0x0009) != 0x0009 || (flags & 0x1000) != 0 || methodName.startsWith("<") || methodName.contains("$")) continue;
            int n = parameters(descriptor);
            if (method == null || methodName.compareTo(method) < 0 || methodName.equals(method) && n < arity) {
                method = methodName;
                arity = n;
            }
        }
        return java.util.Optional.of(new ClassRef(name, source, method, arity, field));
    }

    private static void skipAttributes(ByteBuffer b) {
        int attributes = b.getShort() & 0xffff;
        for (int a = 0; a < attributes; a++) {
            b.getShort();
            int length = b.getInt();
            b.position(b.position() + length);
        }
    }

    /** {@code java/util/Map$Entry} → {@code java.util.Map.Entry}; null for anonymous and local classes. */
    private static String sourceName(String internal) {
        String dotted = internal.replace('/', '.');
        int dollar = dotted.indexOf('$');
        if (dollar < 0) return dotted;
        for (String part : dotted.substring(dollar + 1).split("\\$", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) return null;
        }
        return dotted.replace('$', '.');
    }

    private static int parameters(String descriptor) {
        int n = 0;
        for (int i = 1; i < descriptor.length() && descriptor.charAt(i) != ')'; i++) {
            char c = descriptor.charAt(i);
            while (c == '[') c = descriptor.charAt(++i);
            if (c == 'L') i = descriptor.indexOf(';', i);
            n++;
        }
        return n;
    }
}
