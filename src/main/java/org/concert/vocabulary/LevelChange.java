package org.concert.vocabulary;

/**
 * An aggravating ({@code steps > 0}) or mitigating ({@code steps < 0}) proposition applied to a
 * warning; {@code steps == 0} records corroboration without changing the level. A rule writes
 * {@code adjust($warning, +1)}; the {@code reason} comes from its {@code @statement} template.
 */
public record LevelChange(Warning warning, int steps, String reason) {
}
