package org.concert.casefile;

/** The ordered warning scale. Levels combine by steps: HIGH raised one step is CRITICAL. */
public enum Level {
    NOTICE, ELEVATED, HIGH, CRITICAL;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /** This level moved by {@code steps} (negative lowers), kept on the scale. */
    public Level shift(int steps) {
        int i = Math.max(0, Math.min(values().length - 1, ordinal() + steps));
        return values()[i];
    }
}
