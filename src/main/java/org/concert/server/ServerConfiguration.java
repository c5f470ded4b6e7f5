package org.concert.server;

import org.concert.authoring.AuditLog;
import org.concert.authoring.RuleGate;
import org.concert.authoring.RuleValidator;
import org.concert.session.EvaluationLimits;
import org.concert.rulebase.RuleBaseException;
import org.concert.rulebase.RuleProblem;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleBaseCache;
import org.concert.rulebase.RuleFiles;
import org.concert.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/**
 * Builds what the endpoints share from {@link ConcertProperties}. The rules are compiled and the
 * cases checked before the server accepts requests: a rule or case file that does not load stops
 * the start with its located errors, as the CLI would print them.
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServerConfiguration.class);

    @Bean
    RuleBaseCache ruleBaseCache(ConcertProperties properties) {
        return RuleBaseCache.configured(properties.cacheDir(), log::warn);
    }

    @Bean
    ServingRules servingRules(ConcertProperties properties, RuleBaseCache cache) {
        long start = System.nanoTime();
        RuleBase rules = cache.load(RuleFiles.read(properties.rulesDir()));
        // Rules are code running in the server: what is served must pass the same check as an upload.
        List<RuleProblem> forbidden = RuleValidator.check(rules.files());
        if (!forbidden.isEmpty()) throw new RuleBaseException(forbidden);
        log.info("Serving {} rules from {} (version {}), loaded in {} ms ({})", rules.rules().size(),
                properties.rulesDir().toAbsolutePath().normalize(), rules.version(), (System.nanoTime() - start) / 1_000_000,
                cache.dir().map(d -> "rule cache " + d).orElse("no rule cache"));
        return new ServingRules(rules);
    }

    @Bean
    CaseStore caseStore(ConcertProperties properties) {
        CaseStore store = CaseStore.load(properties.casesDir());
        log.info("Serving {} cases from {}", store.all().size(), properties.casesDir().toAbsolutePath().normalize());
        return store;
    }

    @Bean
    RuleGate ruleGate(ConcertProperties properties, ServingRules serving, CaseStore cases, Evaluator evaluator, RuleBaseCache cache) {
        // An accepted change is also cached, so the next start loads the rules it left instead of compiling them.
        return new RuleGate(properties.rulesDir(), serving::current, accepted -> {
            serving.replace(accepted);
            cache.store(accepted);
        },
                () -> cases.all().stream().map(StoredCase::caseFile).toList(),
                new AuditLog(properties.auditLog()).checkWritable(), evaluator.limits(), Clock.systemUTC());
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
