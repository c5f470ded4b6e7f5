package org.concert.engine;

import org.kie.api.KieBase;

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

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Parameters parameters;
    private final Propositions propositions;
    private final RuleFiles files;
    private final String version;

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
