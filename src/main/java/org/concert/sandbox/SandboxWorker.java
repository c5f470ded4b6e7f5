package org.concert.sandbox;

/**
 * What a sandboxed child runs: a class with a public no-argument constructor, named by the parent when it starts the
 * child ({@link Sandbox#start}), that talks to the parent over the channel and returns when done.
 */
public interface SandboxWorker {

    void run(ChildChannel parent, java.util.List<String> args) throws Exception;
}
