package org.concert.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The server's settings, e.g. {@code --concert.rules-dir=/rules} or the environment variable
 * {@code CONCERT_RULESDIR=/rules} (Spring's relaxed binding; {@code CONCERT_RULES_DIR} works too).
 *
 * @param rulesDir          the rules compiled at start-up (relative to the working directory)
 * @param casesDir          the stored cases, read and checked at start-up
 * @param maxBodyBytes      request bodies above this are refused with 413
 * @param maxFirings        rule firings after which an evaluation is stopped as runaway
 * @param maxEvaluationTime wall-clock time after which an evaluation is stopped
 * @param auditLog          where every proposed rule change is recorded (JSON lines)
 * @param evaluationCache   how many evaluations of stored cases are kept to answer the same question again (0: none)
 * @param maxEvaluationMemory what one request's evaluations may allocate before they are stopped (503)
 * @param evaluationThreads how many requests evaluate at once (0: twice the processors); more wait in a short queue, then 503
 * @param maxAnswerBytes    answers larger than this are refused with 413 instead of being sent
 * @param maxTimelinePoints a timeline with more dates than this is refused with 400
 * @param cacheDir          where compiled rule bases are kept between starts (empty: {@code CONCERT_CACHE_DIR}, else the
 *                          user's cache directory; {@code off}: none), see {@link org.concert.rulebase.RuleBaseCache}
 */
@ConfigurationProperties("concert")
public record ConcertProperties(@DefaultValue("rules") Path rulesDir,
                                @DefaultValue("cases") Path casesDir,
                                @DefaultValue("1MB") DataSize maxBodyBytes,
                                @DefaultValue("100000") int maxFirings,
                                @DefaultValue("10s") Duration maxEvaluationTime,
                                @DefaultValue("audit/rule-changes.jsonl") Path auditLog,
                                @DefaultValue("256") int evaluationCache,
                                @DefaultValue("1GB") DataSize maxEvaluationMemory,
                                @DefaultValue("0") int evaluationThreads,
                                @DefaultValue("8MB") DataSize maxAnswerBytes,
                                @DefaultValue("20000") int maxTimelinePoints,
                                @DefaultValue("") String cacheDir) {
}
