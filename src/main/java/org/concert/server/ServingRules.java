package org.concert.server;

import org.concert.rulebase.RuleBase;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base the server evaluates with. A request takes {@link #current()} once and uses that
 * snapshot for everything it evaluates, so a rule base swapped in by {@link #replace} never mixes
 * with the old one inside one answer; evaluations already running finish on the old one.
 */
public final class ServingRules {

    private final AtomicReference<RuleBase> current;

    public ServingRules(RuleBase initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    public RuleBase current() {
        return current.get();
    }

    /** Serves {@code next} from now on and returns the rule base it replaced. */
    public RuleBase replace(RuleBase next) {
        return current.getAndSet(Objects.requireNonNull(next));
    }
}
