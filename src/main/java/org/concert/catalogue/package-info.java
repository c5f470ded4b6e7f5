/**
 * The rule catalogue, generated from the rules' own metadata ({@code @proposition}, {@code @section},
 * {@code @paraphrase}) and {@code rules/propositions.yaml}, never kept by hand: for every proposition of
 * the paper, the rules that encode it (role, level, file) and the cases in which each fires, or the reason
 * it is declined. {@code concert rules} prints it; {@code docs/rules.md} is the same catalogue as Markdown,
 * and a test fails when that file is stale.
 */
package org.concert.catalogue;
