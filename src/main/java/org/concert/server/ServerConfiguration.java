package org.concert.server;

import org.concert.authoring.AuditLog;
import org.concert.authoring.GateSettings;
import org.concert.authoring.RuleBounds;
import org.concert.authoring.RuleGate;
import org.concert.authoring.SandboxedTrials;
import org.concert.authoring.Screening;
import org.concert.authoring.TrialCase;
import org.concert.rulebase.RuleFiles;
import org.concert.sandbox.Confinement;
import org.concert.sandbox.Sandbox;
import org.concert.sandbox.SandboxSettings;
import org.concert.session.BoundedEvaluations;
import org.concert.rulebase.RuleBaseException;
import org.concert.rulebase.RuleProblem;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleBaseCache;
import org.concert.json.Json;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/**
 * Builds what the endpoints share from {@link ConcertProperties}. The rules are validated, compiled in a sandboxed
 * child, then compiled here, and the cases checked, before the server accepts requests: a rule or case file that does
 * not load stops the start with its located errors, as the CLI would print them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SandboxProperties.class, GateProperties.class})
class ServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServerConfiguration.class);

    /**
     * The rules on disk, validated here (nothing runs), compiled first in the sandboxed child that then waits warm for
     * the first rule change, and only then compiled here. Rules that served before the static bounds existed and do
     * not keep them are named in the log; the gate holds them to the bounds once they are edited.
     */
    @Bean
    RuleBaseCache ruleBaseCache(ConcertProperties properties) {
        return RuleBaseCache.configured(properties.cacheDir(), log::warn);
    }

    @Bean
    ServingRules servingRules(ConcertProperties properties, SandboxedTrials trials, RuleBaseCache cache) {
        long start = System.nanoTime();
        RuleFiles files = RuleFiles.read(properties.rulesDir());
        List<RuleProblem> forbidden = Screening.standard().screen(files, null);
        if (!forbidden.isEmpty()) throw new RuleBaseException(forbidden);
        List<RuleProblem> unbounded = RuleBounds.check(files);
        if (!unbounded.isEmpty()) {
            log.warn("{} rule(s) served from {} do not keep the static bounds (held to them once edited), the first: {}",
                    unbounded.stream().map(p -> p.message().replaceFirst(":.*", "")).distinct().count(),
                    properties.rulesDir(), unbounded.get(0));
        }
        long sandboxed = 0;
        if (trials.available()) {
            long s = System.nanoTime();
            List<RuleProblem> problems = trials.startup(files);
            if (!problems.isEmpty()) throw new RuleBaseException(problems);
            sandboxed = (System.nanoTime() - s) / 1_000_000;
        } else {
            log.warn("The rules to serve were validated but not compiled in a sandbox first: {}", trials.sandbox().why());
        }
        // Validated above; a cached rule base is one Concert compiled and signed from these very files.
        RuleBase rules = cache.load(files);
        trials.serving(files);
        log.info("Serving {} rules from {} (version {}), loaded in {} ms ({} ms of it in the sandboxed check; {})", rules.rules().size(),
                properties.rulesDir().toAbsolutePath().normalize(), rules.version(), (System.nanoTime() - start) / 1_000_000, sandboxed,
                cache.dir().map(d -> "rule cache " + d).orElse("no rule cache"));
        return new ServingRules(rules);
    }

    /**
     * Where candidate rules are tried: sandboxed children. Without a working sandbox rule authoring is refused (and the
     * log says so now), unless the operator opted out with {@code concert.sandbox.confinement=none}.
     */
    @Bean(destroyMethod = "close")
    SandboxedTrials trials(SandboxProperties sandbox, GateProperties gate, CaseStore cases, Evaluator evaluator) {
        SandboxSettings settings = new SandboxSettings(sandbox.confinement(), sandbox.heap().toBytes(), sandbox.cpu(),
                sandbox.wallClock(), SandboxSettings.DEFAULT.scratchBytes(), SandboxSettings.DEFAULT.nice());
        Sandbox s = Sandbox.create(settings);
        if (!s.available()) {
            log.warn("Rule authoring is OFF: candidate rules are only ever compiled and run in a sandbox, and {}. Install "
                    + "bubblewrap (Debian: apt-get install bubblewrap), or opt out with concert.sandbox.confinement=none.", s.why());
        } else if (sandbox.confinement() == Confinement.NONE) {
            log.warn("Rule authoring runs candidate rules in child JVMs with resource limits but WITHOUT confinement "
                    + "(concert.sandbox.confinement=none): they can read what the server can and reach the network.");
        } else {
            log.info("Candidate rules are tried in bubblewrap sandboxes: no network, a read-only view of the JDK and the classpath, "
                    + "{} MB of heap, {} s of CPU, killed after {} s", settings.heapBytes() / (1024 * 1024), settings.cpu().toSeconds(),
                    settings.wallClock().toSeconds());
        }
        return new SandboxedTrials(s, () -> cases.all().stream().map(c -> new TrialCase(c.caseFile().file(), c.json())).toList(),
                evaluator.limits(), gate.costCopies(), sandbox.keepWarm(), sandbox.maxRunning());
    }

    @Bean
    CaseStore caseStore(ConcertProperties properties) {
        CaseStore store = CaseStore.load(properties.casesDir());
        log.info("Serving {} cases from {}", store.all().size(), properties.casesDir().toAbsolutePath().normalize());
        return store;
    }

    @Bean
    RuleGate ruleGate(ConcertProperties properties, GateProperties gate, ServingRules serving, SandboxedTrials trials, RuleBaseCache cache) {
        GateSettings settings = new GateSettings(gate.maxCostRatio(), GateSettings.DEFAULT.minCpuMicros(),
                (int) gate.maxRuleFile().toBytes(), (int) gate.maxRejectedDiff().toBytes());
        return new RuleGate(properties.rulesDir(), serving::current, accepted -> {
                    // An accepted change is also cached, so the next start loads the rules it left instead of compiling them.
                    serving.replace(accepted);
                    cache.store(accepted);
                },
                new AuditLog(properties.auditLog()).checkWritable(), Screening.standard(), trials, settings, Clock.systemUTC());
    }

    /** Every request's evaluations run here: a few at a time, each within its time and memory. */
    @Bean(destroyMethod = "close")
    BoundedEvaluations boundedEvaluations(ConcertProperties properties) {
        int threads = properties.evaluationThreads() > 0 ? properties.evaluationThreads() : 2 * Runtime.getRuntime().availableProcessors();
        return new BoundedEvaluations(new BoundedEvaluations.Limits(properties.maxEvaluationTime(),
                properties.maxEvaluationMemory().toBytes(), threads, 4 * threads));
    }

    /** Spring's mapper (request and response bodies, problems) with the application's configuration. */
    @Bean
    JsonMapperBuilderCustomizer applicationJson() {
        return Json::configure;
    }

    @Bean
    Evaluator evaluator(ConcertProperties properties) {
        return new Evaluator(new EvaluationLimits(properties.maxFirings(), properties.maxEvaluationTime()));
    }
}
