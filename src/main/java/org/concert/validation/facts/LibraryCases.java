package org.concert.validation.facts;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The library cases whose hand-coded facts are merged into the dyads they cover (see {@code library-cases.yaml}):
 * each historical case with its actors in COW codes; counterfactual cases are listed as excluded, with the reason.
 */
public record LibraryCases(List<Mapped> cases, Map<String, String> excluded, Map<String, String> organisations) {

    /** A library case and the COW code of each of its actors. */
    public record Mapped(CaseFile caseFile, Map<String, Integer> actors) {
        public boolean covers(int a, int b) {
            return actors.containsValue(a) && actors.containsValue(b);
        }
    }

    public static final LibraryCases NONE = new LibraryCases(List.of(), Map.of(), Map.of());

    /** Maps the cases of {@code library} with the crosswalk; a case the crosswalk does not name is left out and reported. */
    public static LibraryCases of(CaseLibrary library) {
        JsonNode crosswalk = crosswalk();
        Map<String, String> organisations = new TreeMap<>();
        crosswalk.get("organisations").properties().forEach(e -> organisations.put(e.getKey(), e.getValue().asString()));
        List<Mapped> mapped = new ArrayList<>();
        Map<String, String> excluded = new TreeMap<>();
        for (CaseFile c : library.cases()) {
            JsonNode entry = crosswalk.get("cases").get(c.id());
            if (entry == null) {
                excluded.put(c.id(), "not in the crosswalk (library-cases.yaml): its actors have no COW codes yet");
            } else if (entry.has("excluded")) {
                excluded.put(c.id(), entry.get("excluded").asString());
            } else {
                Map<String, Integer> actors = new LinkedHashMap<>();
                entry.get("actors").properties().forEach(e -> actors.put(e.getKey(), e.getValue().asInt()));
                for (var a : c.actors()) {
                    if (!actors.containsKey(a.id())) {
                        throw new IllegalArgumentException("library-cases.yaml: case " + c.id() + ": actor " + a.id() + " has no COW code");
                    }
                }
                mapped.add(new Mapped(c, Map.copyOf(actors)));
            }
        }
        return new LibraryCases(List.copyOf(mapped), Map.copyOf(excluded), Map.copyOf(organisations));
    }

    /** The ids of the cases whose facts the crosswalk lets into the dyads (not those it excludes). */
    static List<String> mappedIds() {
        List<String> ids = new ArrayList<>();
        crosswalk().get("cases").properties().forEach(e -> {
            if (!e.getValue().has("excluded")) ids.add(e.getKey());
        });
        return List.copyOf(ids);
    }

    /** The historical cases that cover the pair of states. */
    public List<Mapped> covering(int a, int b) {
        return cases.stream().filter(m -> m.covers(a, b)).toList();
    }

    private static JsonNode crosswalk() {
        try (InputStream in = LibraryCases.class.getResourceAsStream("library-cases.yaml")) {
            if (in == null) throw new IllegalStateException("library-cases.yaml is missing from the classpath");
            return YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
