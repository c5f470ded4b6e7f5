package org.concert.vocabulary;

/** Whether a piece of evidence speaks for or against an explanation. */
public enum Stance {
    FOR, AGAINST
}
