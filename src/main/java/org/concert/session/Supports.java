package org.concert.session;

import org.drools.core.common.InternalFactHandle;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.simple.SimpleBeliefSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.List;

/**
 * Every rule firing that currently supports a logically inserted fact, read from Drools' truth
 * maintenance. A conclusion often holds for several reasons (two rounds of enlargement, two broken
 * assurances); knowing them all lets a justification pick one by a rule of its own rather than by
 * the order in which the engine happened to fire. This reads engine internals, so anything
 * unexpected falls back to the firing the session saw first.
 */
final class Supports {

    private Supports() {
    }

    static List<Derivations.Derivation> of(KieSession session, Object derived) {
        List<Derivations.Derivation> supports = new ArrayList<>();
        try {
            FactHandle handle = session.getFactHandle(derived);
            if (handle instanceof InternalFactHandle h && h.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key
                    && key.getBeliefSet() instanceof SimpleBeliefSet beliefs) {
                for (SimpleMode mode = beliefs.getFirst(); mode != null; mode = mode.getNext()) {
                    LogicalDependency<SimpleMode> dependency = mode.getObject();
                    InternalMatch justifier = dependency.getJustifier();
                    supports.add(new Derivations.Derivation(justifier.getRule().getName(), Derivations.flatten(justifier.getObjects())));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            supports.clear();
        }
        return supports;
    }
}
