package org.concert;

import org.concert.cli.ConcertCli;

/** Entry point of the jar: runs a command line tool. */
public final class Concert {

    private Concert() {
    }

    public static void main(String[] args) {
        System.exit(ConcertCli.run(args));
    }
}
