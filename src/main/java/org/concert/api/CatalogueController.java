package org.concert.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concert.catalogue.Catalogue;
import org.concert.session.Evaluator;
import org.concert.rulebase.Propositions.Proposition;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleInfo;
import org.concert.server.CaseStore;
import org.concert.server.ServingRules;
import org.concert.server.StoredCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule catalogue as {@code docs/rules.md} has it, as JSON: the paper's sections, each proposition
 * with the rules encoding it and the stored cases in which each fires. Finding where rules fire
 * evaluates every stored case on every date its facts change (seconds), so the catalogue is built
 * once per rule base served and kept until the rules are replaced.
 */
@RestController
@Tag(name = "rules", description = "The rule base being served")
class CatalogueController {

    /** The whole catalogue: the rules' version, the cases looked at, and the sections in the paper's order. */
    record CatalogueJson(String rules, String summary, List<String> cases, List<Section> sections, List<RuleJson> uncited) {
    }

    record Section(String section, String title, List<PropositionJson> propositions) {
    }

    /** {@code declined} is the reason a proposition is not encoded, or null. */
    record PropositionJson(String id, String title, String statement, String declined, List<RuleJson> rules) {
    }

    record RuleJson(String name, String role, String level, String paraphrase, String file, int line, List<String> firesIn) {
        static RuleJson of(Catalogue.Entry e) {
            RuleInfo r = e.rule();
            return new RuleJson(r.name(), r.role(), r.level(), r.paraphrase(), r.file(), r.line(), e.firesIn());
        }
    }

    private record Built(RuleBase rules, CatalogueJson json) {
    }

    private final CaseStore cases;
    private final ServingRules rules;
    private final Evaluator evaluator;
    private final EvaluationMetrics metrics;
    private Built built;

    CatalogueController(CaseStore cases, ServingRules rules, Evaluator evaluator, EvaluationMetrics metrics) {
        this.cases = cases;
        this.rules = rules;
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    @GetMapping("/api/catalogue")
    @Operation(summary = "The rule catalogue by the paper's sections, with the cases in which each rule fires",
            description = "Sections in the paper's order; in each, the propositions with their statement (or the reason "
                    + "they are declined) and the rules encoding them: role, level, paraphrase, file, line and firesIn, the "
                    + "stored cases in which the rule takes part in a warning, level step, conclusion or assessment on some "
                    + "date on which the case's facts change. The same catalogue as docs/rules.md. Built on the first "
                    + "request for the rules being served (seconds), then kept.")
    synchronized CatalogueJson catalogue() {
        RuleBase snapshot = rules.current();
        if (built == null || built.rules() != snapshot) {
            List<org.concert.casefile.CaseFile> library = cases.all().stream().map(StoredCase::caseFile).toList();
            Catalogue catalogue = metrics.time("catalogue", () -> Catalogue.build(snapshot, library, evaluator));
            built = new Built(snapshot, json(snapshot, catalogue, library.stream().map(c -> c.id()).sorted().toList()));
        }
        return built.json();
    }

    private static CatalogueJson json(RuleBase rules, Catalogue catalogue, List<String> caseIds) {
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, String> s : rules.propositions().sections().entrySet()) {
            List<PropositionJson> propositions = catalogue.items().stream()
                    .filter(i -> i.proposition().section().equals(s.getKey()))
                    .map(i -> {
                        Proposition p = i.proposition();
                        return new PropositionJson(p.id(), p.title(), p.statement(), p.declined(),
                                i.rules().stream().map(RuleJson::of).toList());
                    })
                    .toList();
            if (!propositions.isEmpty()) sections.add(new Section(s.getKey(), s.getValue(), propositions));
        }
        return new CatalogueJson(rules.version(), catalogue.summary(), caseIds, sections,
                catalogue.uncited().stream().map(RuleJson::of).toList());
    }
}
