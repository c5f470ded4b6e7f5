package org.concert.catalogue;

import org.concert.Fixtures;
import org.concert.casefile.CaseLibrary;
import org.concert.rulebase.Propositions.Proposition;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleInfo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue is complete (every proposition encoded or declined), consistent with the rules, and docs/rules.md is current. */
class CatalogueTest {

    static final Path DOCS = Path.of("docs/rules.md");
    private static Catalogue catalogue;

    static synchronized Catalogue catalogue() {
        if (catalogue == null) catalogue = Catalogue.build(Fixtures.rules(), CaseLibrary.load(Fixtures.CASES).cases());
        return catalogue;
    }

    @Test
    void everyPropositionIsEncodedByARuleOrDeclinedWithAReason() {
        RuleBase rules = Fixtures.rules();
        List<String> problems = new ArrayList<>();
        for (Proposition p : rules.propositions().all()) {
            boolean encoded = rules.rules().stream().anyMatch(r -> p.id().equals(r.proposition()));
            if (!encoded && !p.isDeclined()) problems.add(p.id() + " (" + p.title() + "): no rule cites it and it has no 'declined: reason'");
            if (encoded && p.isDeclined()) problems.add(p.id() + " (" + p.title() + "): declined, yet rules cite it");
        }
        assertThat(problems).as("rules/propositions.yaml against the rules").isEmpty();
        assertThat(catalogue().missing()).isEmpty();
    }

    @Test
    void everyRuleCitesAListedPropositionAndItsSection() {
        RuleBase rules = Fixtures.rules();
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : rules.rules()) {
            var p = rules.propositions().find(r.proposition());
            if (p.isEmpty()) problems.add(r.file() + ":" + r.line() + ": rule \"" + r.name() + "\" cites unknown " + r.proposition());
            else if (!p.get().section().equals(r.section())) {
                problems.add(r.file() + ":" + r.line() + ": rule \"" + r.name() + "\" says §" + r.section() + ", " + r.proposition() + " is in §" + p.get().section());
            }
            if (r.paraphrase() == null || r.paraphrase().isBlank()) problems.add(r.file() + ":" + r.line() + ": rule \"" + r.name() + "\" has no @paraphrase");
            if (r.role() == null) problems.add(r.file() + ":" + r.line() + ": rule \"" + r.name() + "\" neither derives, weighs, warns nor adjusts");
        }
        assertThat(problems).isEmpty();
        assertThat(catalogue().uncited()).isEmpty();
    }

    @Test
    void theListHasThePapersTwentyNinePropositions() {
        assertThat(Fixtures.rules().propositions().all()).extracting(Proposition::id)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 29).mapToObj(i -> "P" + i).toList());
    }

    @Test
    void rulesThatDeriveConclusionsLiveApartFromRulesThatWarn() {
        for (RuleInfo r : Fixtures.rules().rules()) {
            if (r.file().startsWith("rules/conclusions/")) assertThat(r.role()).as(r.name()).isIn(RuleInfo.DERIVES, RuleInfo.WEIGHS);
            else assertThat(r.role()).as(r.name()).isIn(RuleInfo.WARNS, RuleInfo.ADJUSTS);
        }
    }

    @Test
    void docsRulesMdIsTheCatalogueGeneratedFromTheRules() throws Exception {
        String generated = catalogue().markdown();
        String committed = Files.exists(DOCS) ? Files.readString(DOCS) : "";
        assertThat(committed)
                .as("docs/rules.md is stale: regenerate it with java -jar target/concert.jar rules --write docs/rules.md (jar built as the README says)")
                .isEqualTo(generated);
    }

    @Test
    void theCatalogueNamesEachRulesPropositionSectionRoleLevelAndCases() {
        Catalogue.Item p20 = catalogue().items().stream().filter(i -> i.proposition().id().equals("P20")).findFirst().orElseThrow();
        Catalogue.Entry crossing = p20.rules().get(0);
        assertThat(crossing.rule().name()).isEqualTo("Promising membership to a red-line buffer state crosses the red line");
        assertThat(crossing.rule().role()).isEqualTo(RuleInfo.WARNS);
        assertThat(crossing.rule().level()).isEqualTo("HIGH");
        assertThat(crossing.firesIn()).contains("russia-west-1990-2022", "russia-west-budapest-only")
                .doesNotContain("russia-west-ukraine-neutral-2005", "vienna-1815", "versailles-1919");
        assertThat(catalogue().text()).contains("P20  §3  Crossing the red line")
                .contains("warns    HIGH       \"Promising membership to a red-line buffer state crosses the red line\"");
    }
}
