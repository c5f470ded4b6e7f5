package org.concert.api;

import org.concert.evaluation.Evaluation;
import org.concert.evaluation.EvaluationGraph;

/**
 * How an evaluation is written, chosen by the client with {@code ?shape=}: {@code tree} (the default, as the CLI's
 * {@code --format json} writes it) repeats a shared justification under everything that rests on it;
 * {@code graph} ({@link EvaluationGraph}) writes each justification and fact once and refers to it by id.
 */
enum AnswerShape {
    TREE, GRAPH;

    static final String PARAMETER = "shape";
    static final String DESCRIPTION = "tree (default): every warning, conclusion and piece of evidence with its whole justification "
            + "tree; graph: each justification and each fact written once, in `justifications` and `facts`, and referred to by id "
            + "(several times smaller for large cases)";

    static AnswerShape parse(String value) {
        if (value == null || value.isBlank() || value.equals("tree")) return TREE;
        if (value.equals(EvaluationGraph.SHAPE)) return GRAPH;
        throw new BadParameterException("shape: \"" + value + "\" is not tree or graph");
    }

    Object write(Evaluation e) {
        return this == GRAPH ? EvaluationGraph.of(e) : e;
    }
}
