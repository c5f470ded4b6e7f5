package org.concert.vocabulary;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.EventKind;
import org.concert.casefile.Expectation;
import org.concert.casefile.Level;
import org.concert.casefile.MembershipStatus;
import org.concert.casefile.OrganisationKind;
import org.concert.rulebase.Propositions;
import org.concert.ruletests.RuleTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One source per vocabulary: event kinds are defined by {@link EventKind}, conclusion and warning kinds by
 * the vocabulary's records, proposition ids by {@code rules/propositions.yaml}; every copy that must exist
 * (the case schema, the rule-test schema, the case page's script, case expectations, parameters) is
 * checked against its source here.
 */
class VocabularySourcesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path RULE_TEST_SCHEMA = Fixtures.RULES.resolve("tests/rule-tests.schema.json");

    private static JsonNode json(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> s = new TreeSet<>();
        array.forEach(n -> s.add(n.asString()));
        return s;
    }

    private static Set<String> eventKinds() {
        return new TreeSet<>(Arrays.stream(EventKind.values()).map(EventKind::json).toList());
    }

    private static Set<String> propositions() {
        return new TreeSet<>(Fixtures.rules().propositions().all().stream().map(Propositions.Proposition::id).toList());
    }

    @Test
    void theCaseSchemaNamesTheEventKindsOrganisationKindsAndMembershipStatusesOfTheFactModel() throws IOException {
        JsonNode defs = json(Fixtures.CASES.resolve("case.schema.json")).path("$defs");
        assertThat(strings(defs.path("event").path("properties").path("kind").path("enum"))).isEqualTo(eventKinds());
        assertThat(strings(defs.path("organisation").path("properties").path("kind").path("enum")))
                .isEqualTo(new TreeSet<>(Arrays.stream(OrganisationKind.values()).map(OrganisationKind::json).toList()));
        assertThat(strings(defs.path("membership").path("properties").path("status").path("enum")))
                .isEqualTo(new TreeSet<>(Arrays.stream(MembershipStatus.values()).map(MembershipStatus::json).toList()));
    }

    @Test
    void theCasePageListsTheEventKindsOfTheFactModel() throws IOException {
        String script = Files.readString(Path.of("src/main/resources/static/js/case.js"));
        Matcher list = Pattern.compile("const EVENT_KINDS = \\[([^]]*)]").matcher(script);
        assertThat(list.find()).as("EVENT_KINDS in case.js").isTrue();
        Set<String> kinds = new TreeSet<>();
        Matcher item = Pattern.compile("'([a-z-]+)'").matcher(list.group(1));
        while (item.find()) kinds.add(item.group(1));
        assertThat(kinds).isEqualTo(eventKinds());
    }

    @Test
    void theRuleTestSchemaNamesTheVocabulary() throws IOException {
        JsonNode schema = json(RULE_TEST_SCHEMA).path("$defs");
        JsonNode claims = schema.path("claims").path("properties");
        assertThat(strings(claims.path("warnings").path("items").path("properties").path("kind").path("enum"))).isEqualTo(Vocabulary.warningKinds());
        assertThat(strings(claims.path("conclusions").path("items").path("properties").path("kind").path("enum"))).isEqualTo(Vocabulary.conclusionKinds());
        assertThat(strings(schema.path("level").path("enum"))).isEqualTo(new TreeSet<>(Arrays.stream(Level.values()).map(Enum::name).toList()));
        assertThat(strings(schema.path("explanation").path("enum")))
                .isEqualTo(new TreeSet<>(Arrays.stream(Explanation.values()).map(Explanation::proposition).toList()));
        assertThat(strings(schema.path("proposition").path("enum"))).isEqualTo(propositions());
        JsonNode facts = schema.path("facts").path("properties");
        assertThat(strings(facts.path("events").path("items").path("properties").path("kind").path("enum"))).isEqualTo(eventKinds());
    }

    @Test
    void theShippedRuleTestsFollowTheirSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(json(RULE_TEST_SCHEMA));
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<String> errors = new ArrayList<>();
        for (Path f : RuleTests.files(Fixtures.RULES.resolve("tests"))) {
            schema.validate(yaml.readTree(Files.readString(f))).forEach(e -> errors.add(f + ": " + e));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void everyExplanationIsAPropositionOfSectionOneWithItsTitle() {
        Propositions listed = Fixtures.rules().propositions();
        for (Explanation e : Explanation.values()) {
            Propositions.Proposition p = listed.find(e.proposition()).orElseThrow();
            assertThat(p.section()).as(e.name()).isEqualTo("1");
            assertThat(p.title().toUpperCase().replace(' ', '_')).as(e.name()).isEqualTo(e.name());
        }
    }

    @Test
    void everyCaseExpectationNamesAConclusionKindOrAPropositionOfTheVocabulary() {
        List<String> unknown = new ArrayList<>();
        for (CaseFile c : CaseLibrary.load(Fixtures.CASES).cases()) {
            for (Expectation x : c.expectations()) {
                if (x.conclusion() != null && !Vocabulary.conclusionKinds().contains(x.conclusion())) unknown.add(x.path() + ": " + x.conclusion());
                if (x.cites() != null && !propositions().contains(x.cites())) unknown.add(x.path() + ": " + x.cites());
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyParameterServesAListedPropositionAndHasAUnit() throws IOException {
        JsonNode parameters = YAMLMapper.builder().build().readTree(Files.readString(Fixtures.RULES.resolve("parameters.yaml")));
        parameters.properties().forEach(p -> {
            assertThat(propositions()).as(p.getKey()).contains(p.getValue().path("proposition").asString());
            assertThat(p.getValue().path("unit").asString("")).as(p.getKey()).isNotBlank();
        });
    }

    @Test
    void kindsAreUniqueAcrossTypesOfTheSameSort() {
        assertThat(Vocabulary.conclusionKinds()).hasSameSizeAs(Vocabulary.conclusions());
        assertThat(Vocabulary.warningKinds()).hasSameSizeAs(Vocabulary.warnings());
        assertThat(Vocabulary.conclusions()).allSatisfy(t -> assertThat(t.roles()).as(t.type()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(Vocabulary.warnings()).allSatisfy(t -> assertThat(t.roles()).as(t.type()).isNotEmpty());
    }
}
