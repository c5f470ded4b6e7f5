/**
 * Running code we do not trust yet in a child JVM of its own, confined: {@link org.concert.sandbox.Sandbox}
 * starts it under bubblewrap (no network, no other processes, a read-only view of only the JDK and the
 * classpath, a small scratch {@code /tmp}, no capabilities, no environment) with capped memory, CPU time
 * and file size, at a lower priority, and kills it at a wall-clock limit. The parent and the child speak
 * one JSON document per line ({@link org.concert.sandbox.Child}, {@link org.concert.sandbox.ChildChannel}).
 * This package knows nothing of rules: what a child does is its caller's.
 */
package org.concert.sandbox;
