package org.concert.regression;

import org.concert.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes regression and backtest results for people (Markdown) and tools (JSON, JUnit XML). */
public final class Reports {

    private Reports() {
    }

    public static String json(Object value) {
        return Json.pretty(value);
    }

    /**
     * A case's regression result as the JSON report gives it, without the (large) timeline: the regression
     * guards (written after the rules' answer was seen) apart from the forecasts (registered before).
     */
    public record CaseSummary(String caseId, String file, boolean passed, long expectationsMet, long expectations,
                              Group guards, Group forecasts, int withdrawn,
                              List<ExpectationResult> results, List<LeadTime> leadTimes) {
    }

    /** How many expectations of a group were met. */
    public record Group(long met, int of) {
        static Group of(List<ExpectationResult> results) {
            return new Group(results.stream().filter(ExpectationResult::passed).count(), results.size());
        }
    }

    public static List<CaseSummary> summary(List<CaseReport> reports) {
        return reports.stream().map(r -> new CaseSummary(r.caseId(), r.file(), r.passed(), r.met(), r.checked(),
                Group.of(r.guards()), Group.of(r.forecasts()), r.withdrawn().size(), r.expectations(), r.leadTimes())).toList();
    }

    /** The guards or the forecasts of all cases together. */
    public static Group total(List<CaseReport> reports, boolean forecasts) {
        List<ExpectationResult> all = reports.stream().flatMap(r -> (forecasts ? r.forecasts() : r.guards()).stream()).toList();
        return Group.of(all);
    }

    public static String junitXml(List<CaseReport> reports) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long tests = reports.stream().mapToLong(r -> r.expectations().size()).sum();
        long failures = reports.stream().mapToLong(r -> r.expectations().size() - r.met()).sum();
        x.append("<testsuites name=\"concert regression\" tests=\"").append(tests).append("\" failures=\"").append(failures).append("\">\n");
        for (CaseReport r : reports) {
            x.append("  <testsuite name=\"").append(esc(r.caseId())).append("\" tests=\"").append(r.expectations().size())
                    .append("\" failures=\"").append(r.checked() - r.met()).append("\" skipped=\"").append(r.withdrawn().size()).append("\">\n");
            for (ExpectationResult e : r.expectations()) {
                String group = e.withdrawn() ? "withdrawn" : e.isForecast() ? "forecast" : "guard";
                x.append("    <testcase classname=\"").append(esc(r.caseId() + "." + group)).append("\" name=\"").append(esc(e.name())).append('"');
                if (e.withdrawn()) {
                    x.append(">\n      <skipped message=\"").append(esc(e.detail())).append("\"/>\n    </testcase>\n");
                } else if (e.passed()) {
                    x.append("/>\n");
                } else {
                    x.append(">\n      <failure message=\"").append(esc(e.detail())).append("\">")
                            .append(esc(e.detail() + "\nrules involved: " + String.join("; ", e.rules())))
                            .append("</failure>\n    </testcase>\n");
                }
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    public static String markdown(Backtest b) {
        StringBuilder m = new StringBuilder("# Backtest\n\n");
        Backtest.Totals t = b.totals();
        m.append(String.format(Locale.ROOT, "%d cases · expectations met %d/%d · outcomes warned in time %d/%d · missed %d · false alarms %d · median lead time %s years%n%n",
                t.cases(), t.expectationsMet(), t.expectations(), t.warnedInTime(), t.outcomes(), t.missed(), t.falseAlarms(),
                t.medianLeadYears() == null ? "–" : t.medianLeadYears()));
        m.append("A missed outcome had no warning at its expected level before it; a false alarm is a warning at HIGH or above ")
                .append("with no outcome after it in the case and no expectation asking for it.\n\n");
        m.append("| case | expectations | lead times | missed | false alarms |\n|---|---|---|---|---|\n");
        for (Backtest.CaseScore s : b.cases()) {
            m.append("| ").append(s.caseId()).append(" | ").append(s.expectationsMet()).append('/').append(s.expectations()).append(" | ");
            m.append(s.leadTimes().isEmpty() ? "–" : String.join("<br>", s.leadTimes().stream().map(l -> l.firstWarning() == null
                    ? l.outcome() + ": none" : l.outcome() + ": " + l.years() + " y (from " + l.firstWarning() + ")").toList()));
            m.append(" | ").append(s.missed().isEmpty() ? "–" : String.join("<br>", s.missed()));
            m.append(" | ").append(s.falseAlarms().isEmpty() ? "–" : String.join("<br>", s.falseAlarms().stream()
                    .map(f -> f.level() + " " + f.warning() + " (" + f.from() + ")").toList()));
            m.append(" |\n");
        }
        return m.toString();
    }

    public static void write(Path file, String text) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
