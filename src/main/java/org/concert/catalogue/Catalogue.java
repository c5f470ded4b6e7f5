package org.concert.catalogue;

import org.concert.vocabulary.Vocabulary;

import org.concert.casefile.CaseFile;
import org.concert.session.Evaluator;
import org.concert.rulebase.Propositions;
import org.concert.rulebase.Propositions.Proposition;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rule catalogue: every proposition of {@code propositions.yaml} with the rules that cite it and
 * the cases in which each fires, or the reason it is declined. Built from a compiled rule base and
 * a set of cases; printed as text ({@link #text()}) or Markdown ({@link #markdown()}).
 */
public final class Catalogue {

    /** A rule as the catalogue lists it. */
    public record Entry(RuleInfo rule, List<String> firesIn) {
    }

    /** A proposition with the rules encoding it (none when declined or missing). */
    public record Item(Proposition proposition, List<Entry> rules) {

        public boolean isEncoded() {
            return !rules.isEmpty();
        }
    }

    private final Propositions propositions;
    private final List<Item> items;
    private final List<Entry> uncited;
    private final List<String> cases;
    private final int ruleCount;

    private Catalogue(Propositions propositions, List<Item> items, List<Entry> uncited, List<String> cases, int ruleCount) {
        this.propositions = propositions;
        this.items = List.copyOf(items);
        this.uncited = List.copyOf(uncited);
        this.cases = List.copyOf(cases);
        this.ruleCount = ruleCount;
    }

    public static Catalogue build(RuleBase rules, List<CaseFile> cases) {
        return build(rules, cases, new Evaluator());
    }

    public static Catalogue build(RuleBase rules, List<CaseFile> cases, Evaluator evaluator) {
        Map<String, SortedSet<String>> firings = RuleFirings.of(rules, cases, evaluator);
        List<Entry> entries = rules.rules().stream()
                .map(r -> new Entry(r, List.copyOf(firings.getOrDefault(r.name(), new TreeSet<>()))))
                .toList();
        Propositions propositions = rules.propositions();
        List<Item> items = new ArrayList<>();
        for (Proposition p : propositions.all()) {
            items.add(new Item(p, entries.stream().filter(e -> p.id().equals(e.rule().proposition())).toList()));
        }
        items.sort(Comparator.comparing((Item i) -> sectionOrder(propositions, i.proposition().section()))
                .thenComparingInt(i -> number(i.proposition().id())));
        List<Entry> uncited = entries.stream().filter(e -> !propositions.contains(e.rule().proposition())).toList();
        return new Catalogue(propositions, items, uncited, cases.stream().map(CaseFile::id).sorted().toList(), entries.size());
    }

    private static int sectionOrder(Propositions propositions, String section) {
        return new ArrayList<>(propositions.sections().keySet()).indexOf(section);
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }

    public List<Item> items() {
        return items;
    }

    /** Rules whose proposition is not in the list (possible only for a rule base without propositions.yaml). */
    public List<Entry> uncited() {
        return uncited;
    }

    public List<Item> encoded() {
        return items.stream().filter(Item::isEncoded).toList();
    }

    public List<Item> declined() {
        return items.stream().filter(i -> i.proposition().isDeclined()).toList();
    }

    /** Propositions neither encoded by a rule nor declined with a reason: the catalogue is incomplete. */
    public List<Item> missing() {
        return items.stream().filter(i -> !i.isEncoded() && !i.proposition().isDeclined()).toList();
    }

    public String summary() {
        return items.size() + " propositions: " + encoded().size() + " encoded by " + ruleCount + " rules, "
                + declined().size() + " declined" + (missing().isEmpty() ? "" : ", " + missing().size() + " neither encoded nor declined");
    }

    /** The catalogue for a terminal: one block per proposition, one line per rule. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("Rule catalogue: ").append(summary()).append('\n');
        s.append("Fires in: cases evaluated on every date their facts change: ").append(String.join(", ", cases)).append('\n');
        for (Item i : items) {
            Proposition p = i.proposition();
            s.append('\n').append(p.id()).append("  §").append(p.section()).append("  ").append(p.title()).append('\n');
            if (p.isDeclined()) s.append("    declined: ").append(p.declined()).append('\n');
            if (!i.isEncoded() && !p.isDeclined()) s.append("    NOT ENCODED and not declined\n");
            for (Entry e : i.rules()) line(s, e);
        }
        if (!uncited.isEmpty()) {
            s.append("\nRules citing propositions not in the list\n");
            for (Entry e : uncited) line(s, e);
        }
        return s.toString();
    }

    private static void line(StringBuilder s, Entry e) {
        RuleInfo r = e.rule();
        s.append(String.format("    %-8s %-10s \"%s\"%n", r.role() == null ? "-" : r.role(), r.level() == null ? "" : r.level(), r.name()));
        s.append(String.format("    %-8s %-10s %s:%d · §%s · fires in: %s%n", "", "", r.file(), r.line(), r.section(),
                e.firesIn().isEmpty() ? "no case" : String.join(", ", e.firesIn())));
    }

    /** The catalogue as {@code docs/rules.md}: grouped by the paper's sections, declined propositions last. */
    public String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Rule catalogue\n\n");
        s.append("<!-- Generated: do not edit. Regenerate with `java -jar target/concert.jar rules --write docs/rules.md`. -->\n\n");
        s.append("Generated from the rules' metadata (`@proposition`, `@section`, `@paraphrase`) and `rules/propositions.yaml` by\n");
        s.append("`java -jar target/concert.jar rules --markdown`; after changing a rule, a proposition or a case, regenerate it with\n");
        s.append("`java -jar target/concert.jar rules --write docs/rules.md` once the jar is built (a test fails while it is stale).\n\n");
        s.append("*Role*: a rule **derives** a conclusion, **weighs** evidence for or against one of the competing explanations (§1),\n");
        s.append("**warns** at a level, or **adjusts** a warning's level by steps. *Fires in*: the cases in `cases/` in which the rule takes\n");
        s.append("part in a warning, level step, conclusion or assessment on some date on which the case's facts change.\n\n");
        s.append("**").append(summary()).append(".** Cases: ").append(String.join(", ", cases.stream().map(c -> "`" + c + "`").toList())).append(".\n");
        for (Map.Entry<String, String> section : propositions.sections().entrySet()) {
            List<Item> inSection = items.stream().filter(i -> i.proposition().section().equals(section.getKey())).toList();
            if (inSection.isEmpty()) continue;
            s.append("\n## §").append(section.getKey()).append(' ').append(section.getValue()).append('\n');
            for (Item i : inSection) {
                Proposition p = i.proposition();
                s.append("\n### ").append(p.id()).append(' ').append(p.title()).append("\n\n");
                s.append("> ").append(p.statement()).append("\n\n");
                if (p.isDeclined()) s.append("**Declined:** ").append(p.declined()).append("\n\n");
                if (!i.isEncoded()) {
                    if (!p.isDeclined()) s.append("**Not encoded, and not declined.**\n\n");
                    continue;
                }
                s.append("| Rule | Role | Level | Where | Fires in |\n|---|---|---|---|---|\n");
                for (Entry e : i.rules()) row(s, e);
            }
        }
        s.append("\n## Declined propositions\n\n");
        if (declined().isEmpty()) {
            s.append("None: every proposition is encoded by at least one rule.\n");
        } else {
            for (Item i : declined()) {
                s.append("- **").append(i.proposition().id()).append(' ').append(i.proposition().title()).append("**: ")
                        .append(i.proposition().declined()).append('\n');
            }
        }
        if (!uncited.isEmpty()) {
            s.append("\n## Rules citing propositions not in the list\n\n| Rule | Role | Level | Where | Fires in |\n|---|---|---|---|---|\n");
            for (Entry e : uncited) row(s, e);
        }
        vocabulary(s);
        return s.toString();
    }

    /** The conclusion and warning types rules derive, with their kinds and roles, and the four statements. */
    private static void vocabulary(StringBuilder s) {
        s.append("\n## Vocabulary\n\nWhat rules match and say, from `org.concert.vocabulary`. A role names an actor, organisation, event or region")
                .append(" of the case by its id (a region by its name).\n\n### Conclusions\n\n| Type | Kind | Roles | Means |\n|---|---|---|---|\n");
        for (Vocabulary.TypeInfo t : Vocabulary.conclusions()) type(s, t);
        s.append("\n### Warnings\n\n| Type | Kind | Roles | Means |\n|---|---|---|---|\n");
        for (Vocabulary.TypeInfo t : Vocabulary.warnings()) type(s, t);
        s.append("\nFamilies matched as one: ");
        s.append(String.join("; ", Vocabulary.families().entrySet().stream()
                .map(f -> "`" + f.getKey() + "` (" + String.join(", ", f.getValue()) + ")").toList())).append(".\n");
        s.append("\n### Statements\n\n| Statement | Role | What it does |\n|---|---|---|\n");
        for (Vocabulary.StatementInfo st : Vocabulary.STATEMENTS) {
            s.append("| `").append(st.form().replace("|", "\\|")).append("` | ").append(st.role()).append(" | ").append(st.means()).append(" |\n");
        }
    }

    private static void type(StringBuilder s, Vocabulary.TypeInfo t) {
        s.append("| `").append(t.type()).append("` | `").append(t.kind()).append("` | ")
                .append(String.join(", ", t.roles().stream().map(r -> r.name() + ": " + r.type().json()).toList()))
                .append(" | ").append(t.means()).append(" |\n");
    }

    private static void row(StringBuilder s, Entry e) {
        RuleInfo r = e.rule();
        String file = r.file().contains("/") ? r.file().substring(r.file().lastIndexOf('/') + 1) : r.file();
        s.append("| ").append(cell(r.name()));
        if (r.paraphrase() != null) s.append("<br>*").append(cell(r.paraphrase())).append('*');
        s.append(" | ").append(r.role() == null ? "" : r.role())
                .append(" | ").append(r.level() == null ? "" : r.level())
                .append(" | [").append(file).append(':').append(r.line()).append("](../").append(r.file()).append("#L").append(r.line()).append(')')
                .append(" | ").append(e.firesIn().isEmpty() ? "—" : String.join(", ", e.firesIn().stream().map(c -> "`" + c + "`").toList()))
                .append(" |\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
