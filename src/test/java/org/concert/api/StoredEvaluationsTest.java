package org.concert.api;

import org.concert.Fixtures;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Kept evaluations: the same question is answered once, a new rule base or date is a new question, the bound holds. */
class StoredEvaluationsTest {

    private static final LocalDate BUCHAREST = LocalDate.of(2008, 4, 4);

    private final AtomicInteger evaluated = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private Supplier<byte[]> evaluation(RuleBase rules, LocalDate asOf) {
        return () -> {
            evaluated.incrementAndGet();
            return JSON.writeValueAsBytes(new Evaluator().evaluate(rules, Fixtures.loadCase("russia-west-1990-2022"), asOf));
        };
    }

    private byte[] ask(StoredEvaluations kept, RuleBase rules, LocalDate asOf) {
        return kept.get(rules, "russia-west-1990-2022", asOf, AnswerShape.TREE, evaluation(rules, asOf), hits::incrementAndGet);
    }

    @Test
    void theSameQuestionIsEvaluatedOnceAndAnsweredAlike() {
        StoredEvaluations kept = new StoredEvaluations(4);
        byte[] first = ask(kept, Fixtures.rules(), BUCHAREST);
        byte[] second = ask(kept, Fixtures.rules(), BUCHAREST);
        assertThat(evaluated).hasValue(1);
        assertThat(hits).hasValue(1);
        assertThat(second).isEqualTo(first);
        ask(kept, Fixtures.rules(), BUCHAREST.plusDays(1));
        assertThat(evaluated).as("another date is another question").hasValue(2);
        kept.get(Fixtures.rules(), "russia-west-1990-2022", BUCHAREST, AnswerShape.GRAPH, evaluation(Fixtures.rules(), BUCHAREST), hits::incrementAndGet);
        assertThat(evaluated).as("another shape is another answer").hasValue(3);
    }

    @Test
    void aNewRuleBaseIsANewQuestionEvenWithTheSameRules() {
        StoredEvaluations kept = new StoredEvaluations(4);
        ask(kept, Fixtures.rules(), BUCHAREST);
        RuleBase swapped = RuleBase.compile(Fixtures.rules().files());
        byte[] afterSwap = ask(kept, swapped, BUCHAREST);
        assertThat(evaluated).hasValue(2);
        assertThat(hits).hasValue(0);
        assertThat(new String(afterSwap, java.nio.charset.StandardCharsets.UTF_8)).contains("\"warnings\":[{");
        assertThat(kept.size()).as("the replaced rule base's answers are dropped").isEqualTo(1);
    }

    @Test
    void atMostTheCapacityIsKeptAndAQuestionAskedOftenStays() {
        StoredEvaluations kept = new StoredEvaluations(2);
        for (int i = 0; i < 3; i++) ask(kept, Fixtures.rules(), BUCHAREST);
        for (int years = 1; years <= 5; years++) ask(kept, Fixtures.rules(), BUCHAREST.plusYears(years));
        assertThat(kept.size()).isEqualTo(2);
        evaluated.set(0);
        ask(kept, Fixtures.rules(), BUCHAREST);
        assertThat(evaluated).as("the question asked three times outlasts five asked once since").hasValue(0);
        ask(kept, Fixtures.rules(), BUCHAREST.plusYears(1));
        assertThat(evaluated).as("one asked once, then five others, is gone").hasValue(1);
    }

    @Test
    void withNoRoomNothingIsKept() {
        StoredEvaluations kept = new StoredEvaluations(0);
        ask(kept, Fixtures.rules(), BUCHAREST);
        ask(kept, Fixtures.rules(), BUCHAREST);
        assertThat(evaluated).hasValue(2);
        assertThat(hits).hasValue(0);
        assertThat(kept.size()).isZero();
    }
}
