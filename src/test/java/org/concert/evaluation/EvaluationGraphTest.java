package org.concert.evaluation;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.FactChange;
import org.concert.json.Json;
import org.concert.session.Evaluator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph shape says exactly what the tree says, with each justification and fact once. */
class EvaluationGraphTest {

    private final Evaluator evaluator = new Evaluator();

    @Test
    void everyCaseAtEveryDateAFactChangesExpandsBackToExactlyTheTree() {
        int compared = 0;
        for (CaseFile c : CaseLibrary.load(Fixtures.CASES).cases()) {
            Set<LocalDate> dates = new TreeSet<>(List.of(c.period().from(), c.period().to()));
            for (FactChange change : c.changes()) if (!change.date().equals(LocalDate.MIN)) dates.add(change.date());
            for (LocalDate d : dates) {
                Evaluation tree = evaluator.evaluate(Fixtures.rules(), c, d);
                EvaluationGraph graph = EvaluationGraph.of(tree);
                // Through JSON, as a client gets it: the graph read back and expanded is the tree, byte for byte.
                EvaluationGraph read = Json.mapper().readValue(Json.mapper().writeValueAsString(graph), EvaluationGraph.class);
                assertThat(Json.pretty(read.expand())).as(c.id() + " " + d).isEqualTo(Json.pretty(tree));
                assertThat(graph.expand()).as(c.id() + " " + d).isEqualTo(tree);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void eachJustificationAndEachFactIsWrittenOnce() {
        Evaluation tree = evaluator.evaluate(Fixtures.rules(), Fixtures.loadCase("russia-west-1990-2022"), LocalDate.of(2008, 4, 4));
        EvaluationGraph graph = EvaluationGraph.of(tree);

        assertThat(new HashSet<>(graph.justifications().values())).hasSameSizeAs(graph.justifications().values());
        assertThat(new HashSet<>(graph.facts().values())).hasSameSizeAs(graph.facts().values());
        // Every id is used, and ids run in the order they first appear.
        assertThat(graph.justifications().keySet()).startsWith("j1", "j2").hasSize(graph.justifications().size());
        String json = Json.mapper().writeValueAsString(graph);
        for (String id : graph.justifications().keySet()) assertThat(json).contains("\"" + id + "\"");
        assertThat(json).startsWith("{\"shape\":\"graph\",\"case\":\"russia-west-1990-2022\"");
    }

    @Test
    void theGraphOfTheLargestAnswerIsSeveralTimesSmaller() {
        Evaluation tree = evaluator.evaluate(Fixtures.rules(), Fixtures.loadCase("russia-west-1990-2022"), LocalDate.of(2008, 4, 4));
        int treeBytes = Json.mapper().writeValueAsBytes(tree).length;
        int graphBytes = Json.mapper().writeValueAsBytes(EvaluationGraph.of(tree)).length;
        assertThat(graphBytes * 4).as("tree %d bytes, graph %d bytes", treeBytes, graphBytes).isLessThan(treeBytes);
    }

    @Test
    void theSameEvaluationGivesTheSameBytes() {
        CaseFile c = Fixtures.loadCase("versailles-1919");
        LocalDate d = c.period().to();
        assertThat(Json.mapper().writeValueAsString(EvaluationGraph.of(evaluator.evaluate(Fixtures.rules(), c, d))))
                .isEqualTo(Json.mapper().writeValueAsString(EvaluationGraph.of(evaluator.evaluate(Fixtures.rules(), c, d))));
    }
}
