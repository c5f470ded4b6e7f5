package org.concert.rulebase;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The executable model reports some errors (a bad call in a condition or consequence, a wrong type)
 * as positions in the Java it generates. This finds the analyst's rule behind them: it compiles
 * each file alone, then each rule of a failing file alone with the file's header, and points at
 * the line of that rule that mentions what the compiler complained about.
 */
final class RuleLocator {

    private static final Pattern MENTIONED = Pattern.compile(
            "[Tt]he method (\\w+)|(\\w+) cannot be resolved|[Uu]nknown property:? '?(\\w+)|'(\\w+)'|\"(\\w+)\"|field (\\w+)|type (\\w+)");

    /** The DRL handed to the builder, by the analyst's file name (line for line the analyst's). */
    private final Map<String, String> sources;
    private final Map<String, PackageDescr> packages;

    RuleLocator(Map<String, String> sources, Map<String, PackageDescr> packages) {
        this.sources = sources;
        this.packages = packages;
    }

    List<RuleProblem> locate() {
        List<RuleProblem> found = new ArrayList<>();
        for (Map.Entry<String, PackageDescr> file : packages.entrySet()) {
            String name = file.getKey();
            String text = sources.get(name);
            if (text == null) continue;
            if (errors(file.getValue().getName(), text).isEmpty()) continue;
            String[] lines = text.split("\n", -1);
            String header = header(lines, file.getValue());
            for (RuleDescr rule : file.getValue().getRules()) {
                String ruleText = ruleText(lines, rule);
                List<Message> errors = errors(file.getValue().getName(), header + ruleText);
                if (errors.isEmpty()) continue;
                String message = clean(errors.get(0).getText());
                int[] where = pointAt(text, rule, message);
                found.add(new RuleProblem(name, where[0], where[1], "rule \"" + rule.getName() + "\": " + message));
            }
        }
        return found;
    }

    private static List<Message> errors(String pkg, String text) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("org.concert", "locate-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id);
        kfs.write("src/main/resources/" + pkg.replace('.', '/') + "/probe.drl", text);
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            return builder.getResults().getMessages(Message.Level.ERROR);
        } catch (RuntimeException e) {
            return List.of(new Message() {
                public long getId() { return 0; }
                public Level getLevel() { return Level.ERROR; }
                public String getPath() { return null; }
                public int getLine() { return 0; }
                public int getColumn() { return 0; }
                public String getText() { return String.valueOf(e.getMessage()); }
            });
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    /** Everything before the first rule: package, imports, declarations. */
    private static String header(String[] lines, PackageDescr pkg) {
        int first = pkg.getRules().stream().mapToInt(RuleDescr::getLine).min().orElse(lines.length + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < first - 1 && i < lines.length; i++) s.append(lines[i]).append('\n');
        return s.toString();
    }

    private static String ruleText(String[] lines, RuleDescr rule) {
        StringBuilder s = new StringBuilder();
        for (int i = rule.getLine() - 1; i < Math.min(lines.length, rule.getEndLine()); i++) s.append(lines[i]).append('\n');
        return s.toString();
    }

    /** The first line of the rule that mentions a name from the message, else the rule's first line. */
    private static int[] pointAt(String text, RuleDescr rule, String message) {
        Matcher m = MENTIONED.matcher(message);
        while (m.find()) {
            String word = null;
            for (int g = 1; g <= m.groupCount() && word == null; g++) word = m.group(g);
            if (word == null || word.length() < 2) continue;
            java.util.Optional<RuleText.Position> at = RuleText.firstNaming(text, rule.getLine() + 1, rule.getEndLine(), word);
            if (at.isPresent()) return new int[]{at.get().line(), at.get().column()};
        }
        return new int[]{rule.getLine(), 1};
    }

    private static String clean(String text) {
        String first = text.strip();
        int nl = first.indexOf('\n');
        if (nl >= 0) first = first.substring(0, nl);
        // Drop positions and class names of generated code, which mean nothing to an analyst.
        return first.replaceAll("Lambda(Predicate|Consequence|Extractor)[0-9A-F]+", "generated code")
                .replaceAll("\\bRules[0-9A-F]{16,}\\w*", "generated code").strip();
    }
}
