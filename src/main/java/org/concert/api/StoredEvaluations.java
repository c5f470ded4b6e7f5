package org.concert.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.concert.rulebase.RuleBase;
import org.concert.server.ConcertProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Evaluations of stored cases, kept as the JSON they were answered with, to answer the same question
 * again without evaluating it or writing its JSON again (for the largest case, writing its JSON costs
 * about a third of what evaluating it does).
 * Safe because nothing an answer depends on changes while it is kept: a stored case is read once at
 * start-up, a rule base is immutable (a swap serves a new one, which is a new key), and rules see no
 * clock, only the facts known on the date asked. At most {@code concert.evaluation-cache} are kept (0: none);
 * which go when it is full is Caffeine's choice (recency and frequency: a question asked often stays).
 * Posted cases and what-ifs are never kept.
 */
@Component
class StoredEvaluations {

    /** The rule base by identity: each compiled rule base is its own key. */
    private record Key(RuleBase rules, String caseId, LocalDate asOf, AnswerShape shape) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.rules == rules && k.caseId.equals(caseId) && k.asOf.equals(asOf) && k.shape == shape;
        }

        @Override
        public int hashCode() {
            return ((System.identityHashCode(rules) * 31 + caseId.hashCode()) * 31 + asOf.hashCode()) * 31 + shape.hashCode();
        }
    }

    /** Null when nothing is kept. */
    private final Cache<Key, byte[]> kept;
    /** The rule base of what is kept: answers of one replaced by a swap are dropped, so they never hold it in memory. */
    private RuleBase keptFor;

    @Autowired
    StoredEvaluations(ConcertProperties properties) {
        this(properties.evaluationCache());
    }

    StoredEvaluations(int capacity) {
        // Evictions run on the thread that put the entry, so the bound holds when put returns.
        this.kept = capacity <= 0 ? null : Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /**
     * The kept answer (an evaluation's JSON in the shape asked) for this case by these rules at this date, or
     * {@code evaluate}'s answer, kept. Two requests that miss at once both evaluate (they get equal answers;
     * answers are never changed once made); no lock is held while evaluating. {@code onHit} runs when the
     * answer was kept.
     */
    byte[] get(RuleBase rules, String caseId, LocalDate asOf, AnswerShape shape, Supplier<byte[]> evaluate, Runnable onHit) {
        if (kept == null) return evaluate.get();
        Key key = new Key(rules, caseId, asOf, shape);
        byte[] known = kept.getIfPresent(key);
        if (known != null) {
            onHit.run();
            return known;
        }
        byte[] fresh = evaluate.get();
        synchronized (this) {
            if (rules != keptFor) {
                kept.invalidateAll();
                keptFor = rules;
            }
            kept.put(key, fresh);
        }
        return fresh;
    }

    long size() {
        if (kept == null) return 0;
        kept.cleanUp();
        return kept.estimatedSize();
    }
}
