package org.concert;

import org.concert.cli.ConcertCli;
import org.concert.sandbox.Sandbox;
import org.concert.server.ConcertServer;

import java.util.Arrays;

/**
 * Entry point of the jar. With no arguments, with {@code serve}, or with only Spring settings
 * ({@code --name=value}) it starts the HTTP server; anything else is a command of the command line
 * tool ({@code evaluate …}, {@code --help}), which runs without starting Spring; {@code sandbox-worker} is a
 * sandboxed child of the server or the CLI ({@link Sandbox}).
 */
public final class Concert {

    static final String SERVE = "serve";

    private Concert() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(Sandbox.WORKER_ARGUMENT)) {
            // A sandboxed child started by the server or the CLI, never by a person.
            Sandbox.runWorker(Arrays.copyOfRange(args, 1, args.length));
        } else if (startsServer(args)) {
            ConcertServer.start(serverArgs(args));
        } else {
            System.exit(ConcertCli.run(args));
        }
    }

    static boolean startsServer(String... args) {
        if (args.length == 0 || args[0].equals(SERVE)) return true;
        return Arrays.stream(args).allMatch(a -> a.startsWith("--") && a.indexOf('=') > 2);
    }

    static String[] serverArgs(String... args) {
        return args.length > 0 && args[0].equals(SERVE) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }
}
