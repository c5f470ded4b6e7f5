package org.concert.rulebase;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.List;

/** A YAML file of the rule base (propositions, parameters) read as a tree; malformed YAML is a problem at its line. */
final class YamlFile {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private YamlFile() {
    }

    static JsonNode read(String yaml, String file) {
        try {
            return YAML.readTree(yaml);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleBaseException(List.of(new RuleProblem(file, line, 0, "malformed YAML: " + e.getOriginalMessage())));
        }
    }
}
