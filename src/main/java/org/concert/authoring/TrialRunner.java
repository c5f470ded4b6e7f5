package org.concert.authoring;

import org.concert.rulebase.RuleFiles;

import java.util.Map;

/** Where rules are tried before they are accepted: in production a sandboxed child ({@link SandboxedTrials}). */
public interface TrialRunner extends AutoCloseable {

    /** Compiles validated files; the report lists the compiler's problems. */
    TrialReport check(RuleFiles files);

    /** The gate's trial of a candidate: compile, every case's expectations, every rule test, its cost next to {@code serving}. */
    TrialReport gate(RuleFiles candidate, RuleFiles serving, Map<String, String> ruleTests);

    /** The rules that serve from now on (what the next warm child compiles while it waits). */
    default void serving(RuleFiles serving) {
    }

    @Override
    default void close() {
    }
}
