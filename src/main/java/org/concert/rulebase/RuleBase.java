package org.concert.rulebase;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled, immutable set of rules with their metadata and parameters. Built whole or not at
 * all ({@link RuleCompiler}); evaluations on one rule base never see another's rules, so a new
 * one can be swapped in while old evaluations finish.
 */
public final class RuleBase {

    /**
     * The KIE container's own pool of sessions: a session disposed of goes back emptied ({@code reset()}, which
     * also drops its listeners), so the next evaluation skips creating the memory of every node of the network.
     */
    private final KieContainerSessionsPool sessions;
    /** The compiled module the container was made from (the container keeps it anyway): what {@link RuleBaseCache} stores. */
    private final InternalKieModule module;
    private final Map<String, RuleInfo> rules;
    private final Parameters parameters;
    private final Propositions propositions;
    private final RuleFiles files;
    private final String version;

    /** Sessions created up front; the pool grows with the evaluations that run at once and keeps what it made. */
    static final int INITIAL_SESSIONS = Integer.getInteger("concert.initial-sessions", 4);

    RuleBase(KieContainer container, InternalKieModule module, Map<String, RuleInfo> rules, Parameters parameters,
             Propositions propositions, RuleFiles files) {
        this.sessions = container.newKieSessionsPool(INITIAL_SESSIONS);
        this.module = module;
        this.rules = Map.copyOf(rules);
        this.parameters = parameters;
        this.propositions = propositions;
        this.files = files;
        this.version = files.version();
    }

    /**
     * Reads and compiles every rule file under {@code dir}; throws {@link RuleBaseException} naming file and line.
     * Compiles every time: {@link RuleBaseCache#load} reuses what an earlier run compiled.
     */
    public static RuleBase load(Path dir) {
        return compile(RuleFiles.read(dir));
    }

    public static RuleBase compile(RuleFiles files) {
        return new RuleCompiler(files).compile();
    }

    /** A session with no facts, listeners or agenda, from the pool. */
    public KieSession acquireSession() {
        return sessions.newKieSession();
    }

    /**
     * Gives a session back: one that ended cleanly returns to the pool, emptied; one that was halted, hit its
     * fire limit or failed is emptied and left out of the pool, so no state of a stopped evaluation can reach
     * another (the pool keeps only a reference to the empty session, for its shutdown).
     */
    public void releaseSession(KieSession session, boolean clean) {
        if (clean) {
            session.dispose(); // a pooled session's dispose returns it to the pool, reset
            return;
        }
        try {
            if (session instanceof StatefulKnowledgeSessionImpl s) s.reset();
        } catch (RuntimeException e) {
            // a session that cannot even be emptied is simply dropped
        }
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

    /** The executable model's compiled module, as the jar {@link RuleBaseCache} keeps. */
    byte[] moduleBytes() {
        return module.getBytes();
    }

    ReleaseId releaseId() {
        return module.getReleaseId();
    }

    /** Content hash of the rule files this base was built from. */
    public String version() {
        return version;
    }
}
