package org.concert.sandbox;

/** How a sandboxed child is confined. */
public enum Confinement {
    /** bubblewrap namespaces (no network, read-only view of the JDK and the classpath only) plus the resource limits. */
    BUBBLEWRAP,
    /**
     * A child JVM with the resource limits but no namespaces: it can read what the server can read and reach
     * the network. Only when an operator opts out explicitly ({@code concert.sandbox.confinement=none}).
     */
    NONE
}
