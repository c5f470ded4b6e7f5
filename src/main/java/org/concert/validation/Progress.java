package org.concert.validation;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.io.PrintWriter;

/** How a run reports its units: a progress bar on a terminal, one plain line per unit otherwise (logs, CI). */
public interface Progress extends AutoCloseable {

    void step(String unit);

    @Override
    void close();

    /** A bar when standard error is a terminal, else plain lines to {@code plain}. */
    static Progress of(String task, int total, PrintWriter plain) {
        if (System.console() != null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).setUpdateIntervalMillis(250).build();
            return new Progress() {
                @Override
                public void step(String unit) {
                    bar.step();
                    bar.setExtraMessage(unit);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }
        return lines(task, total, plain);
    }

    static Progress lines(String task, int total, PrintWriter out) {
        return new Progress() {
            private int done;

            @Override
            public synchronized void step(String unit) {
                out.printf("%s [%d/%d] %s%n", task, ++done, total, unit);
                out.flush();
            }

            @Override
            public void close() {
            }
        };
    }
}
