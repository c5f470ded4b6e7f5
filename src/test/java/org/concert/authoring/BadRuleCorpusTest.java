package org.concert.authoring;

import org.concert.Fixtures;
import org.concert.casefile.CaseLibrary;
import org.concert.session.EvaluationLimits;
import org.concert.rulebase.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated corpus of more than a thousand bad rule changes — syntax errors, forbidden code, rule
 * sets that never settle, edits that break a historical case — goes through the gate. Every one must
 * be rejected, and after every one the serving rule base and the files on disk must be as before.
 */
class BadRuleCorpusTest {

    private static final long SEED = 424242L;

    @TempDir
    Path work;

    @Test
    void everyBadRuleChangeIsRejectedAndChangesNothing() throws Exception {
        Path rules = work.resolve("rules");
        Fixtures.copy(Fixtures.RULES, rules);
        AtomicReference<RuleBase> serving = new AtomicReference<>(RuleBase.load(rules));
        RuleBase before = serving.get();
        var cases = CaseLibrary.load(Fixtures.CASES).cases();
        // Tighter limits than the server's defaults keep the runaway part of the corpus quick; they stop it all the same.
        RuleGate gate = new RuleGate(rules, serving::get, serving::set, new AuditLog(work.resolve("audit.jsonl")), Screening.standard(),
                new InProcessTrials(cases, new EvaluationLimits(20_000, Duration.ofSeconds(5))), GateSettings.DEFAULT, Clock.systemUTC());

        Map<String, String> relative = relativeTexts(rules);
        Map<String, String> drl = new TreeMap<>(relative);
        drl.keySet().removeIf(k -> !k.endsWith(".drl") && !k.endsWith(".dslr"));
        // Every kind of syntax error on a seeded sample of the rules, forbidden code in random places, then
        // the slow kinds (each compiles and runs the regression suite): about a thousand changes in all.
        List<BadRuleCorpus.Bad> systematic = new ArrayList<>(BadRuleCorpus.generate(drl, SEED, 0));
        java.util.Collections.shuffle(systematic, new java.util.Random(SEED));
        List<BadRuleCorpus.Bad> corpus = new ArrayList<>(systematic.subList(0, Math.min(350, systematic.size())));
        List<BadRuleCorpus.Bad> forbidden = BadRuleCorpus.generate(drl, SEED, 640);
        corpus.addAll(forbidden.subList(forbidden.size() - 640, forbidden.size()));
        corpus.addAll(BadRuleCorpus.runaway());
        corpus.addAll(BadRuleCorpus.breaking(relative));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        for (BadRuleCorpus.Bad b : corpus) { // a "bad" edit that edits nothing would be accepted for the wrong reason
            if (b.change().action() == RuleChange.Action.REPLACE) {
                assertThat(b.change().text()).as("%s: %s changes its file", b.kind(), b.description()).isNotEqualTo(relative.get(b.change().file()));
            }
        }

        String disk = hash(rules);
        List<String> accepted = new ArrayList<>();
        Map<String, Long> millis = new TreeMap<>();
        for (BadRuleCorpus.Bad bad : corpus) {
            long start = System.nanoTime();
            Activation a = gate.propose(bad.change(), "corpus");
            millis.merge(bad.kind(), (System.nanoTime() - start) / 1_000_000, Long::sum);
            if (a.accepted()) accepted.add(bad.kind() + ": " + bad.description() + " in " + bad.change().file());
            assertThat(serving.get()).as("serving rule base after %s: %s", bad.kind(), bad.description()).isSameAs(before);
            assertThat(hash(rules)).as("rule files on disk after %s: %s", bad.kind(), bad.description()).isEqualTo(disk);
        }
        Map<String, Long> byKind = corpus.stream().collect(Collectors.groupingBy(BadRuleCorpus.Bad::kind, TreeMap::new, Collectors.counting()));
        System.out.printf("bad rule corpus (seed %d): %d changes %s, %d accepted; milliseconds by kind %s%n",
                SEED, corpus.size(), byKind, accepted.size(), millis);
        assertThat(accepted).as("bad changes the gate accepted").isEmpty();
    }

    private static Map<String, String> relativeTexts(Path rules) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = rules.relativize(f).toString().replace('\\', '/');
                if (Files.isRegularFile(f) && !rel.startsWith("tests/")) texts.put(rel, Files.readString(f));
            }
        }
        return texts;
    }

    private static String hash(Path dir) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, String> f : relativeTexts(dir).entrySet()) {
            sha.update(f.getKey().getBytes());
            sha.update(f.getValue().getBytes());
        }
        try (Stream<Path> all = Files.walk(dir)) {
            sha.update(String.valueOf(all.count()).getBytes()); // no stray temporary files either
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
