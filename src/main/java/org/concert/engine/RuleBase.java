package org.concert.engine;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A compiled, immutable set of rules with their metadata and parameters. Built whole or not at
 * all ({@link RuleCompiler}); evaluations on one rule base never see another's rules, so a new
 * one can be swapped in while old evaluations finish.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Parameters parameters;
    private final Propositions propositions;
    private final RuleFiles files;
    private final String version;
    /** Sessions that finished cleanly, reset and ready again (most recently used first). */
    private final ConcurrentLinkedDeque<KieSession> idleSessions = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /**
     * At most this many idle sessions are kept: enough for the evaluations that run at once (an empty one
     * costs little heap). The system property {@code concert.idle-sessions} changes it.
     */
    static final int MAX_IDLE_SESSIONS = Integer.getInteger("concert.idle-sessions", Math.max(16, 4 * Runtime.getRuntime().availableProcessors()));

    RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, Parameters parameters, Propositions propositions, RuleFiles files) {
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.parameters = parameters;
        this.propositions = propositions;
        this.files = files;
        this.version = files.version();
    }

    /** Reads and compiles every rule file under {@code dir}; throws {@link RuleBaseException} naming file and line. */
    public static RuleBase load(Path dir) {
        return compile(RuleFiles.read(dir));
    }

    public static RuleBase compile(RuleFiles files) {
        return new RuleCompiler(files).compile();
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session with no facts, listeners or agenda: a reused one when one is idle. A new session spends much
     * of a small evaluation creating the memory of every node of the network; a reused one keeps those
     * memories, emptied ({@code reset()}, as Drools' own session pool does).
     */
    KieSession acquireSession() {
        KieSession idle = idleSessions.pollFirst();
        if (idle == null) return kieBase.newKieSession();
        idleCount.decrementAndGet();
        return idle;
    }

    /**
     * Gives a session back: one that ended cleanly is emptied and kept for the next evaluation; one that
     * was halted, hit its fire limit or failed is disposed of, so no state of a stopped evaluation can reach another.
     */
    void releaseSession(KieSession session, boolean clean) {
        if (clean && session instanceof StatefulKnowledgeSessionImpl reusable) {
            if (idleCount.incrementAndGet() <= MAX_IDLE_SESSIONS) {
                try {
                    reusable.reset(); // also removes the evaluation's listeners
                    idleSessions.offerFirst(reusable);
                    return;
                } catch (RuntimeException e) {
                    // not reusable after all: disposed of below
                }
            }
            idleCount.decrementAndGet();
        }
        session.dispose();
    }

    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /** Rules in file order, then line order. */
    public Collection<RuleInfo> rules() {
        return rules.values().stream()
                .sorted(java.util.Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
                .toList();
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The propositions the rules may cite ({@code propositions.yaml}); empty when the rule files have none. */
    public Propositions propositions() {
        return propositions;
    }

    public RuleFiles files() {
        return files;
    }

    /** Content hash of the rule files this base was built from. */
    public String version() {
        return version;
    }
}
