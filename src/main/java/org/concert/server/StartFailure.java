package org.concert.server;

import org.concert.casefile.InvalidCaseException;
import org.concert.rulebase.RuleBaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When the served rules or cases do not load, the start fails with their located errors, as the
 * CLI prints them, instead of Spring's bean-creation trace. Registered in {@code META-INF/spring.factories}.
 */
final class StartFailure {

    private StartFailure() {
    }

    static final class Rules extends AbstractFailureAnalyzer<RuleBaseException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, RuleBaseException e) {
            return new FailureAnalysis("The rules to serve do not compile:\n" + e.getMessage(),
                    "Fix the rule files named above, or point concert.rules-dir at another rules directory.", e);
        }
    }

    static final class Cases extends AbstractFailureAnalyzer<InvalidCaseException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, InvalidCaseException e) {
            return new FailureAnalysis("The cases to serve do not load:\n" + e.getMessage(),
                    "Fix the case files named above, or point concert.cases-dir at another cases directory.", e);
        }
    }
}
