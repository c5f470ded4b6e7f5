package org.concert.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleInfo;
import org.concert.server.ServingRules;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "rules", description = "The rule base being served")
class RulesController {

    /** The rules being served and the content hash of their files (the {@code rules} of every evaluation). */
    record RuleCatalogue(String version, List<RuleInfo> rules) {
    }

    private final ServingRules rules;

    RulesController(ServingRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/rules")
    @Operation(summary = "The rule catalogue",
            description = "Every rule with its proposition, section, paraphrase, role (derives, warns, adjusts), level, file and line.")
    RuleCatalogue catalogue() {
        RuleBase snapshot = rules.current();
        return new RuleCatalogue(snapshot.version(), List.copyOf(snapshot.rules()));
    }
}
