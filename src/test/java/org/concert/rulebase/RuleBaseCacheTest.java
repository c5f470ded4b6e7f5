package org.concert.rulebase;

import org.concert.Fixtures;
import org.concert.json.Json;
import org.concert.session.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Compiled rule bases kept on disk: used when sound, rebuilt when not, never a reason for loading to fail. */
class RuleBaseCacheTest {

    /** A small rule set that compiles in a fraction of the real one's time. */
    private static final RuleFiles SMALL = RuleFiles.read(Fixtures.ruleSet("runaway"));

    private final List<String> notices = new CopyOnWriteArrayList<>();

    private RuleBaseCache cache(Path dir) {
        return RuleBaseCache.at(dir, notices::add);
    }

    private static Path entry(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(f -> f.getFileName().toString().endsWith(RuleBaseCache.SUFFIX)).toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }

    @Test
    void aMissCompilesAndStoresAndTheNextRunLoadsWhatWasStored(@TempDir Path dir) {
        Path folder = dir.resolve("concert");
        assertThat(cache(folder).find(SMALL)).isEmpty();

        RuleBase compiled = cache(folder).load(SMALL);
        assertThat(folder.resolve(cache(folder).key(SMALL) + RuleBaseCache.SUFFIX)).isRegularFile();

        RuleBase loaded = cache(folder).find(SMALL).orElseThrow(); // a new cache object, as a new run would have
        assertThat(loaded).isNotSameAs(compiled);
        assertThat(loaded.version()).isEqualTo(compiled.version());
        assertThat(loaded.rules()).containsExactlyElementsOf(compiled.rules());
        assertThat(notices).isEmpty();
    }

    @Test
    void theRuleBaseLoadedFromTheCacheAnswersExactlyAsTheCompiledOne(@TempDir Path dir) {
        RuleBase compiled = Fixtures.rules();
        cache(dir).store(compiled);
        RuleBase loaded = cache(dir).find(compiled.files()).orElseThrow();

        assertThat(loaded.parameters().all()).isEqualTo(compiled.parameters().all());
        assertThat(loaded.propositions().all()).isEqualTo(compiled.propositions().all());
        for (String[] question : new String[][]{{"russia-west-1990-2022", "2008-04-04"}, {"vienna-1815", "1816-01-01"}}) {
            var c = Fixtures.loadCase(question[0]);
            LocalDate asOf = LocalDate.parse(question[1]);
            assertThat(Json.pretty(new Evaluator().evaluate(loaded, c, asOf)))
                    .isEqualTo(Json.pretty(new Evaluator().evaluate(compiled, c, asOf)));
        }
    }

    @Test
    void otherRuleFilesAreAnotherEntry(@TempDir Path dir) {
        RuleFiles changed = SMALL.with("runaway/runaway.drl", SMALL.texts().get("runaway/runaway.drl").replace("ticks", "ticks on"));
        cache(dir).load(SMALL);
        assertThat(cache(dir).key(changed)).isNotEqualTo(cache(dir).key(SMALL));
        assertThat(cache(dir).find(changed)).isEmpty();
    }

    @Test
    void aDamagedEntryIsDeletedAndCompiledAgain(@TempDir Path dir) throws IOException {
        cache(dir).load(SMALL);
        Path entry = entry(dir);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 100] ^= 0x01; // one bit of the compiled classes
        Files.write(entry, bytes);

        assertThat(cache(dir).find(SMALL)).isEmpty();
        assertThat(entry).doesNotExist();
        assertThat(notices).singleElement().asString().contains("is not a sound entry").contains("signature does not match");

        notices.clear();
        cache(dir).load(SMALL); // compiled again and stored again
        assertThat(cache(dir).find(SMALL)).isPresent();
        assertThat(notices).isEmpty();
    }

    @Test
    void aTruncatedEntryIsRebuilt(@TempDir Path dir) throws IOException {
        cache(dir).load(SMALL);
        Path entry = entry(dir);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(cache(dir).load(SMALL).version()).isEqualTo(SMALL.version());
        assertThat(notices).singleElement().asString().contains("is not a sound entry");
        assertThat(cache(dir).find(SMALL)).isPresent();
    }

    @Test
    void anEntryWrittenWithAnotherKeyIsRefused(@TempDir Path dir) throws IOException {
        Path theirs = dir.resolve("theirs");
        Path ours = dir.resolve("ours");
        cache(theirs).load(SMALL);
        cache(ours).load(SMALL);
        // Someone else's entry for exactly these rules and this engine, planted under the right name:
        Files.copy(entry(theirs), entry(ours), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(cache(ours).find(SMALL)).isEmpty();
        assertThat(notices).singleElement().asString().contains("signature does not match this cache's key");
    }

    @Test
    void anEntryOfOtherRulesRenamedToTheseIsRefused(@TempDir Path dir) throws IOException {
        RuleFiles other = SMALL.with("runaway/runaway.drl", SMALL.texts().get("runaway/runaway.drl").replace("ticks", "ticks on"));
        cache(dir).load(other);
        Files.move(entry(dir), dir.resolve(cache(dir).key(SMALL) + RuleBaseCache.SUFFIX));

        assertThat(cache(dir).find(SMALL)).isEmpty();
        assertThat(notices).singleElement().asString().contains("it was stored as " + cache(dir).key(other));
    }

    @Test
    void anEntryCompiledForAnotherEngineIsRefused(@TempDir Path dir) throws IOException {
        RuleBase compiled = cache(dir).load(SMALL);
        byte[] key = Files.readAllBytes(dir.resolve(RuleBaseCache.KEY_FILE));
        String name = cache(dir).key(SMALL);
        Files.write(dir.resolve(name + RuleBaseCache.SUFFIX), RuleBaseCacheEntry.write(key, name, "drools 9.44.0, java 11, concert classes 0",
                compiled.releaseId(), compiled.rules(), compiled.moduleBytes()));

        assertThat(cache(dir).find(SMALL)).isEmpty();
        assertThat(notices).singleElement().asString().contains("compiled for drools 9.44.0");
    }

    @Test
    void somethingThatIsNotAnEntryIsRefused(@TempDir Path dir) throws IOException {
        cache(dir).load(SMALL);
        Files.writeString(entry(dir), "PK not a rule base");

        assertThat(cache(dir).find(SMALL)).isEmpty();
        assertThat(notices).singleElement().asString().contains("not a compiled rule base");
    }

    @Test
    void rulesThatDoNotCompileAreReportedAndNothingIsStored(@TempDir Path dir) throws IOException {
        RuleFiles bad = RuleFiles.read(Fixtures.ruleSet("syntax-error"));
        assertThatThrownBy(() -> cache(dir).load(bad)).isInstanceOf(RuleBaseException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(RuleBaseCache.SUFFIX))).isEmpty();
        }
    }

    @Test
    void theFolderTheKeyAndTheEntriesAreTheOwnersAlone(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("cache/concert");
        cache(folder).load(SMALL);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(RuleBaseCache.KEY_FILE)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry(folder)))).isEqualTo("rw-------");
    }

    @Test
    void aFolderOthersCouldWriteIsClosedBeforeUse(@TempDir Path dir) throws IOException {
        Path open = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        cache(open).load(SMALL);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rwx------");
    }

    @Test
    void aFolderOfAnotherUserIsNotUsed(@TempDir Path dir) throws IOException {
        Path theirs = Files.createDirectory(dir.resolve("theirs"));
        try {
            Files.setAttribute(theirs, "unix:uid", 65534); // possible as root, as on CI
        } catch (IOException e) {
            theirs = Path.of("/usr"); // not root: a system folder is someone else's too
        }
        RuleBase loaded = cache(theirs).load(SMALL);

        assertThat(loaded.version()).isEqualTo(SMALL.version());
        assertThat(notices).singleElement().asString().startsWith("Rule cache: off for this run: ").contains("belongs to another user");
        try (Stream<Path> files = Files.list(theirs)) {
            assertThat(files.filter(f -> f.toString().endsWith(RuleBaseCache.SUFFIX))).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeCreatedFallsBackToCompilingWithOneNotice(@TempDir Path dir) throws IOException {
        // As in the container: the home is not writable, so neither is its cache folder (here: a path below a file).
        Path file = Files.writeString(dir.resolve("home"), "not a folder");
        RuleBaseCache cache = cache(file.resolve(".cache/concert"));

        assertThat(cache.load(SMALL).version()).isEqualTo(SMALL.version());
        assertThat(cache.load(SMALL).version()).isEqualTo(SMALL.version());
        assertThat(notices).singleElement().asString()
                .startsWith("Rule cache: off for this run: cannot use " + file.resolve(".cache/concert"))
                .contains("--cache-dir");
    }

    @Test
    void offCompilesEveryTimeAndWritesNothing(@TempDir Path dir) {
        RuleBaseCache off = RuleBaseCache.off();
        assertThat(off.dir()).isEmpty();
        assertThat(off.load(SMALL)).isNotSameAs(off.load(SMALL));
        assertThat(off.find(SMALL)).isEmpty();
    }

    @Test
    void theFolderFollowsTheXdgRuleAndTheSettings() {
        assertThat(RuleBaseCache.userCacheDir("/var/cache/me", "/home/me")).isEqualTo(Path.of("/var/cache/me/concert"));
        assertThat(RuleBaseCache.userCacheDir("relative/is/ignored", "/home/me")).isEqualTo(Path.of("/home/me/.cache/concert"));
        assertThat(RuleBaseCache.userCacheDir(null, "/home/me")).isEqualTo(Path.of("/home/me/.cache/concert"));
        assertThat(RuleBaseCache.configured("/somewhere/else", n -> { }).dir()).contains(Path.of("/somewhere/else"));
        assertThat(RuleBaseCache.configured("off", n -> { }).dir()).isEmpty();
    }

    @Test
    void concurrentWritersLeaveOneSoundEntryAndOneKey(@TempDir Path dir) throws Exception {
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RuleBase>> loads = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                loads.add(pool.submit(() -> {
                    start.await();
                    return cache(dir).load(SMALL); // each its own cache object, as separate processes would have
                }));
            }
            start.countDown();
            for (Future<RuleBase> f : loads) assertThat(f.get().version()).isEqualTo(SMALL.version());
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(RuleBaseCache.KEY_FILE, cache(dir).key(SMALL) + RuleBaseCache.SUFFIX);
        }
        assertThat(cache(dir).find(SMALL)).isPresent();
        assertThat(notices).isEmpty();
    }

    @Test
    void onlyTheMostRecentlyUsedEntriesAreKept(@TempDir Path dir) throws IOException {
        for (int i = 0; i < RuleBaseCache.MAX_ENTRIES + 2; i++) {
            Files.writeString(dir.resolve("old-" + i + RuleBaseCache.SUFFIX), "x");
            Files.setLastModifiedTime(dir.resolve("old-" + i + RuleBaseCache.SUFFIX), java.nio.file.attribute.FileTime.fromMillis(i * 1000L));
        }
        cache(dir).load(SMALL);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(RuleBaseCache.SUFFIX)).toList();
            assertThat(names).hasSize(RuleBaseCache.MAX_ENTRIES).contains(cache(dir).key(SMALL) + RuleBaseCache.SUFFIX)
                    .doesNotContain("old-0" + RuleBaseCache.SUFFIX, "old-1" + RuleBaseCache.SUFFIX, "old-2" + RuleBaseCache.SUFFIX);
        }
    }
}
