package org.concert.engine;

/**
 * Something the rules derive from facts, e.g. {@code buffer-state} with subject UKR and object RUS:
 * "Russia regards Ukraine as a buffer state". Rules insert it logically, so it disappears when its
 * grounds do. Warnings rest on conclusions; conclusions never warn by themselves.
 */
public record Conclusion(String kind, String subject, String object, String statement) {
}
