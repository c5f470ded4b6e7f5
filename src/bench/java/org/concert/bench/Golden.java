package org.concert.bench;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.FactChange;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.regression.RegressionSuite;
import org.concert.regression.Step;
import org.concert.regression.Timeline;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * Fingerprints of everything the engine outputs, to show a performance change keeps them byte for byte
 * (docs/performance.md): the JSON of every evaluation of every case (and of the scaled cases) on every
 * date its facts change and every month of Russia–West, evaluated in interleaved order so reused sessions
 * see different cases one after another; every case's timelines (monthly and by facts); the regression reports.
 * <pre>java -cp … org.concert.bench.Golden target/golden.txt</pre>
 * Run it before and after a change and compare the two files. The rules' version is left out of the
 * fingerprints, so a change to the rules that should not change what they conclude can be checked too.
 */
public final class Golden {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        RuleBase rules = RuleBase.load(Path.of("rules"));
        String version = rules.version();
        List<CaseFile> cases = new ArrayList<>(CaseLibrary.load(Path.of("cases")).cases());
        cases.add(ScaledCases.withAbout(50));
        cases.add(ScaledCases.withAbout(200));
        List<List<LocalDate>> dates = new ArrayList<>();
        int most = 0;
        for (CaseFile c : cases) {
            TreeSet<LocalDate> d = new TreeSet<>(List.of(c.period().from(), c.period().to(), c.period().from().minusDays(1)));
            for (FactChange change : c.changes()) if (!change.date().equals(LocalDate.MIN)) d.add(change.date());
            if (c.id().equals("russia-west-1990-2022")) d.addAll(Step.MONTH.dates(c, rules.parameters().changes(), c.period().from(), c.period().to()));
            dates.add(new ArrayList<>(d));
            most = Math.max(most, d.size());
        }
        List<String> lines = new ArrayList<>();
        Evaluator evaluator = new Evaluator();
        for (int i = 0; i < most; i++) {
            for (int k = 0; k < cases.size(); k++) {
                if (i >= dates.get(k).size()) continue;
                CaseFile c = cases.get(k);
                LocalDate d = dates.get(k).get(i);
                lines.add("evaluate " + c.id() + " " + d + " " + hash(evaluator.evaluate(rules, c, d), version));
            }
        }
        for (CaseFile c : cases) {
            lines.add("timeline-month " + c.id() + " " + hash(Timeline.replay(rules, c, EvaluationLimits.DEFAULT), version));
            lines.add("timeline-facts " + c.id() + " "
                    + hash(Timeline.replay(rules, c, c.period().from(), c.period().to(), Step.FACTS, EvaluationLimits.DEFAULT), version));
        }
        RegressionSuite suite = new RegressionSuite(rules, EvaluationLimits.DEFAULT);
        for (CaseFile c : cases) lines.add("regression " + c.id() + " " + hash(suite.run(c), version));
        lines.sort(null);
        Path out = Path.of(args.length > 0 ? args[0] : "target/golden.txt");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " fingerprints written to " + out);
    }

    /** The fingerprint of {@code value}'s JSON with the rules' {@code version} left out. */
    private static String hash(Object value, String version) throws IOException {
        try {
            byte[] json = JSON.writeValueAsString(value).replace(version, "").getBytes(StandardCharsets.UTF_8);
            return json.length + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
