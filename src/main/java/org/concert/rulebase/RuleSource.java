package org.concert.rulebase;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.kie.internal.builder.KnowledgeBuilderResult;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL of a rule file as the compiler reads it: a {@code .dslr} file expanded with the rule base's controlled
 * language into the DRL it stands for (one line per line), then parsed into the DRL parser's descriptors. The
 * validator and the compiler both read rule files through here, so what is checked is what is compiled.
 */
final class RuleSource {

    private static final Pattern PARSER_POSITION = Pattern.compile("^(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+)");
    private static final Pattern UNEXPANDED = Pattern.compile("\\[(\\d+)\\] Unable to expand: ([^\\n]*)");

    private RuleSource() {
    }

    /** The rule base's controlled language: every {@code .dsl} file, in name order. */
    static String dsl(RuleFiles files) {
        StringBuilder dsl = new StringBuilder();
        files.texts().forEach((name, text) -> {
            if (name.endsWith(".dsl")) dsl.append(text).append('\n');
        });
        return dsl.toString();
    }

    /** The DRL a file stands for: a {@code .drl} file as written, a {@code .dslr} file expanded; null (problems noted) when it cannot be. */
    static String drl(String name, String text, String dsl, List<RuleProblem> problems) {
        return name.endsWith(".dslr") ? expand(name, text, dsl, problems) : text;
    }

    /** The DRL a .dslr file stands for, or null (with the problems noted) when a sentence has no DSL entry. */
    private static String expand(String name, String text, String dsl, List<RuleProblem> problems) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        try {
            String drl = parser.getExpandedDRL(text, new StringReader(dsl));
            if (!parser.hasErrors()) return drl;
            for (KnowledgeBuilderResult error : parser.getErrors()) {
                int[] lines = error.getLines();
                problems.add(new RuleProblem(name, lines != null && lines.length > 0 ? lines[0] : 0, 0, error.getMessage().strip()));
            }
        } catch (DroolsParserException e) {
            // The expander lists each line it cannot expand as "Line:[15] [15] Unable to expand: <sentence>".
            Matcher unknown = UNEXPANDED.matcher(String.valueOf(e.getMessage()));
            boolean any = false;
            while (unknown.find()) {
                any = true;
                problems.add(new RuleProblem(name, Integer.parseInt(unknown.group(1)), 0, "no sentence of the controlled language (.dsl) reads \""
                        + unknown.group(2).strip() + "\""));
            }
            if (!any) problems.add(new RuleProblem(name, 0, 0, "cannot expand with the DSL: " + e.getMessage()));
        }
        return null;
    }

    /** Parses DRL into descriptors; syntax errors are noted with line and column and give null. */
    static PackageDescr parse(String name, String drl, List<RuleProblem> problems) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(name, 0, 0, "cannot parse: " + e.getMessage()));
            return null;
        }
        if (parser.hasErrors()) {
            for (KnowledgeBuilderResult error : parser.getErrors()) {
                int[] lines = error.getLines();
                int line = lines != null && lines.length > 0 ? lines[0] : 0;
                int column = column(error);
                String message = error.getMessage().strip();
                Matcher at = PARSER_POSITION.matcher(message);
                if (at.find()) { // "[ERR 102] Line 10:0 mismatched input …": the parser's column is 0-based
                    line = Integer.parseInt(at.group(1));
                    column = Integer.parseInt(at.group(2)) + 1;
                    message = message.substring(at.end()).strip();
                }
                problems.add(new RuleProblem(name, line, column, message));
            }
            return null;
        }
        if (pkg == null || pkg.getName() == null || pkg.getName().isBlank()) {
            problems.add(new RuleProblem(name, 1, 0, "missing 'package' declaration"));
            return null;
        }
        return pkg;
    }

    private static int column(KnowledgeBuilderResult error) {
        try {
            return (int) error.getClass().getMethod("getColumn").invoke(error);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return 0;
        }
    }
}
