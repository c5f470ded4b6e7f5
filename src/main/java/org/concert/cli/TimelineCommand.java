package org.concert.cli;

import org.concert.casefile.CaseFile;
import org.concert.casefile.Level;
import org.concert.regression.Reports;
import org.concert.regression.Step;
import org.concert.regression.Timeline;
import org.concert.regression.TimelinePoint;
import org.concert.regression.WarningSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "timeline", description = "Replay a case over time: the highest warning level per date as a chart, and when each warning appears and disappears.")
final class TimelineCommand implements Callable<Integer> {

    private static final int WIDTH = 72;

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Parameters(index = "0", paramLabel = "CASE", description = "case file or case id")
    String caseName;

    @Option(names = "--from", paramLabel = "DATE", description = "first date (default: the case's period start)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last date (default: the case's period end)")
    LocalDate to;

    @Option(names = "--step", defaultValue = "month", description = "month, year, facts (every date a fact changes), or like 3m, 2y, 10d (default: ${DEFAULT-VALUE})")
    Step step;

    @Option(names = "--max-points", paramLabel = "N", defaultValue = "20000",
            description = "refuse a timeline of more dates than this (default: ${DEFAULT-VALUE}, as the server's concert.max-timeline-points)")
    int maxPoints;

    @Mixin
    Limits limits;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        CaseFile c = inputs.loadCase(caseName);
        LocalDate start = from == null ? c.period().from() : from;
        LocalDate end = to == null ? c.period().to() : to;
        long points = step.points(start, end, c.changes().size());
        if (points > maxPoints) {
            throw new IllegalArgumentException("a timeline of about " + points + " dates from " + start + " to " + end + " by " + step
                    + " is more than --max-points " + maxPoints + ": use a longer --step, --step facts, or a shorter range");
        }
        Timeline t = Timeline.replay(inputs.ruleBase(), c, start, end, step, limits.limits());
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Reports.json(t));
        } else {
            chart(t, out);
        }
        out.flush();
        return 0;
    }

    static void chart(Timeline t, PrintWriter out) {
        List<TimelinePoint> points = t.points();
        int columns = Math.min(WIDTH, points.size());
        Level[] column = new Level[columns];
        for (int i = 0; i < points.size(); i++) {
            int col = (int) ((long) i * columns / points.size());
            Level l = points.get(i).highest();
            if (l != null && (column[col] == null || l.compareTo(column[col]) > 0)) column[col] = l;
        }
        out.printf("%s (%s), %s to %s, step %s, %d dates%n%n", t.title(), t.caseId(), t.from(), t.to(), t.step(), points.size());
        Level[] levels = Level.values();
        for (int r = levels.length - 1; r >= 0; r--) {
            StringBuilder row = new StringBuilder(String.format("%-9s│", levels[r]));
            for (Level l : column) row.append(l != null && l.atLeast(levels[r]) ? '█' : ' ');
            out.println(row);
        }
        StringBuilder axis = new StringBuilder(" ".repeat(9) + "└" + "─".repeat(columns));
        StringBuilder labels = new StringBuilder(" ".repeat(10 + columns + 12));
        int lastLabel = -100;
        for (int col = 0; col < columns; col++) {
            int i = (int) ((long) col * points.size() / columns);
            String year = String.valueOf(points.get(i).date().getYear());
            if (col - lastLabel >= year.length() + 2 && (col == 0 || year.compareTo(String.valueOf(points.get((int) ((long) (col - 1) * points.size() / columns)).date().getYear())) != 0)) {
                labels.replace(10 + col, 10 + col + year.length(), year);
                lastLabel = col;
            }
        }
        out.println(axis);
        out.println(labels.toString().stripTrailing());
        out.println();
        out.println("Warnings");
        for (WarningSpan s : t.spans()) {
            out.printf("  %s → %s  peak %-8s %s%n", s.appeared(), s.disappeared() == null ? "(still on)" : s.disappeared(), s.peak(), s.title());
        }
        if (t.spans().isEmpty()) out.println("  none: the case stays quiet");
    }
}
