package org.concert.engine;

/**
 * An aggravating ({@code steps > 0}) or mitigating ({@code steps < 0}) proposition applied to a
 * warning; {@code steps == 0} records corroboration without changing the level.
 */
public record LevelChange(Warning warning, int steps, String reason) {
}
