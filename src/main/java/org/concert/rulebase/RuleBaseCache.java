package org.concert.rulebase;

import org.drools.base.util.Drools;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.compiler.kproject.models.KieModuleModelImpl;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Compiled rule bases kept on disk between runs: a command or a server start whose rule files were compiled
 * before loads the compiled module instead of compiling again (seconds of parsing, code generation and ECJ).
 * <p>
 * An entry is keyed by the content of the rule files and the engine: the Drools version, the Java version
 * and a hash of Concert's own classes (written at build time), since the compiled module is code linked
 * against all three. It holds the executable model's compiled module (the jar of its generated classes)
 * and the rules' metadata, and it is signed with a key that only this cache holds ({@code key}, created on
 * first use): an entry that is damaged, cut short, renamed, made for another engine or written by anything
 * but Concert with this key fails the check, is deleted and compiled again — never loaded. The folder is the
 * user's own ({@code rwx------}; one owned by someone else is not used), entries are written to a temporary
 * file and renamed into place, so concurrent writers and readers see a whole entry or none.
 * <p>
 * The cache never makes loading fail: a folder that cannot be created or written (a read-only home, as in
 * the container) turns it off for the run with a one-line notice, and the rules are compiled as before.
 */
public final class RuleBaseCache {

    /** The setting (Java system property or Spring property) naming the folder; {@value #OFF} turns the cache off. */
    public static final String PROPERTY = "concert.cache-dir";
    /** The environment variable naming the folder, read when the setting is not given. */
    public static final String ENVIRONMENT = "CONCERT_CACHE_DIR";
    public static final String OFF = "off";
    /** Entries kept; the least recently used beyond this are deleted when a new one is written. */
    static final int MAX_ENTRIES = 16;
    static final String SUFFIX = ".rulebase";
    static final String KEY_FILE = "key";
    static final String FINGERPRINT = "/META-INF/concert/engine.properties";

    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    /** Drools' repository of modules is one per JVM: a cached module is added, opened and removed under this lock. */
    private static final Object REPOSITORY = new Object();
    private static volatile String engine;

    private final Path dir;
    private final Consumer<String> notices;
    private boolean unavailable;
    private byte[] secret;

    private RuleBaseCache(Path dir, Consumer<String> notices) {
        this.dir = dir;
        this.notices = notices;
    }

    /** No cache: every load compiles. */
    public static RuleBaseCache off() {
        return new RuleBaseCache(null, notice -> {
        });
    }

    /** A cache in {@code dir}; {@code notices} gets one line when the cache cannot be used or an entry is rebuilt. */
    public static RuleBaseCache at(Path dir, Consumer<String> notices) {
        return new RuleBaseCache(dir.toAbsolutePath().normalize(), notices);
    }

    /**
     * The cache a user asked for: {@code setting} (e.g. {@code --cache-dir}) when given, else the system property
     * {@value #PROPERTY}, else the environment variable {@value #ENVIRONMENT}, else {@code $XDG_CACHE_HOME/concert}
     * or {@code ~/.cache/concert}. The value {@value #OFF} turns it off.
     */
    public static RuleBaseCache configured(String setting, Consumer<String> notices) {
        String chosen = firstGiven(setting, System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
        if (OFF.equalsIgnoreCase(chosen)) return off();
        return at(chosen != null ? Path.of(chosen) : userCacheDir(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home")), notices);
    }

    /** The XDG base directory rule: {@code $XDG_CACHE_HOME} when set to an absolute path, else {@code ~/.cache}. */
    static Path userCacheDir(String xdgCacheHome, String home) {
        if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
            return Path.of(xdgCacheHome, "concert");
        }
        return Path.of(home == null ? "." : home, ".cache", "concert");
    }

    private static String firstGiven(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    /** The folder, or empty when the cache is off. */
    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    /**
     * The rule base of {@code files}: loaded from the cache when an entry for them and this engine is there and
     * checks out, else compiled (which throws {@link RuleBaseException} for bad rules, as before) and stored.
     */
    public RuleBase load(RuleFiles files) {
        Optional<RuleBase> cached = find(files);
        if (cached.isPresent()) return cached.get();
        RuleBase compiled = RuleBase.compile(files);
        store(compiled);
        return compiled;
    }

    /** The cached rule base of {@code files}, if there is a sound entry for them; a bad entry is deleted. */
    public synchronized Optional<RuleBase> find(RuleFiles files) {
        String key = key(files);
        if (key == null || !usable(false)) return Optional.empty();
        Path file = dir.resolve(key + SUFFIX);
        byte[] bytes;
        byte[] signing;
        try {
            bytes = Files.readAllBytes(file);
            signing = secret(false);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            notice("cannot read " + file + " (" + reason(e) + "): compiling the rules");
            return Optional.empty();
        }
        try {
            if (signing == null) throw new RuleBaseCacheEntry.Invalid("this cache has no key to check it with");
            RuleBaseCacheEntry entry = RuleBaseCacheEntry.read(bytes, signing, key, engine());
            RuleBase loaded = open(entry, files);
            try {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // recently used: kept longest
            } catch (IOException e) {
                // a read-only cache still serves its entries
            }
            return Optional.of(loaded);
        } catch (RuleBaseCacheEntry.Invalid | RuntimeException | LinkageError e) {
            discard(file, e instanceof RuleBaseCacheEntry.Invalid ? e.getMessage() : "it does not load: " + reason(e));
            return Optional.empty();
        }
    }

    /** Keeps {@code ruleBase} for the next run with the same files and engine; a cache that cannot be written is turned off, quietly but for one notice. */
    public synchronized void store(RuleBase ruleBase) {
        String key = key(ruleBase.files());
        if (key == null || !usable(true)) return;
        Path tmp = null;
        try {
            byte[] signing = secret(true);
            byte[] bytes = RuleBaseCacheEntry.write(signing, key, engine(), ruleBase.releaseId(), ruleBase.rules(), ruleBase.moduleBytes());
            tmp = createOwnerOnlyFile("." + key.substring(0, 16) + "-");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            prune();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            unavailable("cannot write " + dir + " (" + reason(e) + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left for the next prune
                }
            }
        }
    }

    /**
     * The entry's name: a SHA-256 of the engine and of every rule file's name and text; null when this build of
     * Concert has no fingerprint of its classes, so no entry could be known to fit it.
     */
    String key(RuleFiles files) {
        if (dir == null) return null;
        String engine = engine();
        if (engine == null) {
            unavailable("this build of Concert has no fingerprint of its classes (" + FINGERPRINT.substring(1) + ", written by the Maven build)");
            return null;
        }
        java.security.MessageDigest sha = RuleBaseCacheEntry.sha256();
        sha.update(("concert rule base " + RuleBaseCacheEntry.FORMAT + "\0" + engine + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.texts().forEach((name, text) -> {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
        });
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** What a compiled module is linked against: the Drools version, the Java version, Concert's classes. */
    static String engine() {
        String e = engine;
        if (e == null) {
            try (InputStream in = RuleBaseCache.class.getResourceAsStream(FINGERPRINT)) {
                if (in == null) return null;
                Properties p = new Properties();
                p.load(in);
                String classes = p.getProperty("classes");
                if (classes == null || classes.isBlank()) return null;
                e = "drools " + Drools.getFullVersion() + ", java " + Runtime.version().feature() + ", concert classes " + classes.strip();
                engine = e;
            } catch (IOException ex) {
                return null;
            }
        }
        return e;
    }

    private RuleBase open(RuleBaseCacheEntry entry, RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        Parameters parameters = RuleCompiler.parameters(files, problems);
        Propositions propositions = RuleCompiler.propositions(files, problems);
        if (!problems.isEmpty()) throw new IllegalStateException("its rule files have problems: " + problems.get(0));
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = entry.releaseId();
        KieModuleModel model = new KieModuleModelImpl();
        KieBuilderImpl.setDefaultsforEmptyKieModule(model); // what the builder gives a module without kmodule.xml
        InternalKieModule module = new CanonicalKieModule(new MemoryKieModule(id, model, MemoryFileSystem.readFromJar(entry.module())));
        KieContainer container;
        synchronized (REPOSITORY) {
            ks.getRepository().addKieModule(module);
            try {
                container = ks.newKieContainer(id);
            } finally {
                ks.getRepository().removeKieModule(id);
            }
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (RuleInfo r : entry.rules()) rules.put(r.name(), r);
        try {
            return new RuleBase(container, module, rules, parameters, propositions, files);
        } catch (RuntimeException | LinkageError e) {
            container.dispose();
            throw e;
        }
    }

    /** Creates the folder if asked and checks that it is this user's alone; false (with a notice) when it cannot be used. */
    private boolean usable(boolean create) {
        if (dir == null || unavailable) return false;
        try {
            boolean posix = posix();
            if (!Files.isDirectory(dir)) {
                if (!create) return false;
                if (posix) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
                else Files.createDirectories(dir);
            }
            if (posix) {
                if (!ownedByThisUser(dir)) {
                    unavailable(dir + " belongs to another user");
                    return false;
                }
                if (!OWNER_DIR.containsAll(Files.getPosixFilePermissions(dir))) {
                    // Others must neither plant entries nor read the key: the folder is made the owner's alone.
                    Files.setPosixFilePermissions(dir, OWNER_DIR);
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            unavailable("cannot use " + dir + " (" + reason(e) + ")");
            return false;
        }
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static boolean ownedByThisUser(Path dir) throws IOException {
        try {
            // The process's own entry in /proc belongs to the user it runs as, even one without a name (containers).
            return Files.getAttribute(dir, "unix:uid").equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (UnsupportedOperationException | IllegalArgumentException | NoSuchFileException e) {
            return Files.getOwner(dir).getName().equals(System.getProperty("user.name"));
        }
    }

    /** The signing key: read, or created (atomically: the first of several writers wins, the others read it). */
    private byte[] secret(boolean create) throws IOException {
        if (secret != null) return secret;
        Path file = dir.resolve(KEY_FILE);
        try {
            byte[] existing = Files.readAllBytes(file);
            if (existing.length == RuleBaseCacheEntry.KEY_BYTES) return secret = existing;
            if (!create) return null;
        } catch (NoSuchFileException e) {
            if (!create) return null;
        }
        byte[] fresh = new byte[RuleBaseCacheEntry.KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        Path tmp = createOwnerOnlyFile(".key-");
        try {
            Files.write(tmp, fresh);
            if (Files.exists(file)) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING); // a damaged key: entries signed with it are rebuilt
                return secret = fresh;
            }
            try {
                Files.createLink(file, tmp); // fails if another writer made the key first
                return secret = fresh;
            } catch (FileAlreadyExistsException e) {
                byte[] theirs = Files.readAllBytes(file);
                if (theirs.length != RuleBaseCacheEntry.KEY_BYTES) throw new IOException("the cache's key is damaged");
                return secret = theirs;
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                return secret = fresh;
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Path createOwnerOnlyFile(String prefix) throws IOException {
        return posix() ? Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, prefix, ".tmp");
    }

    /** Keeps the {@value #MAX_ENTRIES} most recently used entries, and drops temporary files a stopped writer left. */
    private void prune() {
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> entries = new ArrayList<>();
            Instant stale = Instant.now().minusSeconds(600);
            for (Path p : (Iterable<Path>) listing::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX)) entries.add(p);
                else if (name.startsWith(".") && name.endsWith(".tmp") && Files.getLastModifiedTime(p).toInstant().isBefore(stale)) Files.deleteIfExists(p);
            }
            if (entries.size() <= MAX_ENTRIES) return;
            entries.sort(Comparator.comparing(RuleBaseCache::modified).reversed());
            for (Path old : entries.subList(MAX_ENTRIES, entries.size())) Files.deleteIfExists(old);
        } catch (IOException e) {
            // pruning is housekeeping: the entry is written
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private void discard(Path file, String why) {
        notice(file.getFileName() + " is not a sound entry (" + why + "): deleted, compiling the rules again");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // it fails its check again next time
        }
    }

    private void unavailable(String why) {
        if (!unavailable) notice("off for this run: " + why + "; compiling the rules (choose a writable folder with --cache-dir or "
                + PROPERTY + ", or '" + OFF + "')");
        unavailable = true;
    }

    private void notice(String text) {
        notices.accept("Rule cache: " + text);
    }

    private static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
