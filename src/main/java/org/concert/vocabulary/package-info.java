/**
 * The rule vocabulary: everything a rule may name and say. Rules match case facts and the typed
 * {@link org.concert.vocabulary.Conclusion}s and {@link org.concert.vocabulary.Warning}s of this package by
 * their named roles, and a consequence is one of four statements (conclude, warn, adjust, weigh) that insert a
 * conclusion, a warning, a {@link org.concert.vocabulary.LevelChange} or {@link org.concert.vocabulary.Evidence}.
 * {@link org.concert.vocabulary.Vocabulary} lists it all from the types themselves, for the compiler, rule
 * tests and editors; thresholds arrive as {@link org.concert.vocabulary.Parameter} facts.
 */
package org.concert.vocabulary;
