package org.concert.validation.facts;

import org.concert.casefile.CaseFact;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.EventKind;
import org.concert.casefile.Event;
import org.concert.casefile.Source;
import org.concert.validation.ValidationRun;
import org.concert.validation.data.DataSet;
import org.concert.validation.data.FactData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wars, disputes and conflicts are outcomes: in no generated case does a fact come from an outcome data set, a
 * case has no outcomes, and no event describes fighting (war starts, aggressions, battlefield reverses), not even
 * one a library case would lend. Checked on every dyad the validation covers.
 */
class NoOutcomeBecomesAFactTest {

    private static final Set<EventKind> FIGHTING = Set.of(EventKind.WAR_STARTED, EventKind.AGGRESSION, EventKind.BATTLEFIELD_REVERSE);

    @Test
    void noGeneratedCaseHoldsAnOutcome() {
        FactData data = FactData.load(Path.of("data"));
        Importer importer = new Importer(data, LibraryCases.of(CaseLibrary.load(Path.of("cases"))));
        List<String> outcomeTitles = Arrays.stream(DataSet.values()).filter(DataSet::isOutcome).map(DataSet::title).toList();
        List<Dyad> dyads = Dyads.select(data, ValidationRun.FROM, ValidationRun.TO);
        assertThat(dyads).hasSizeGreaterThanOrEqualTo(100);
        List<String> found = new ArrayList<>();
        int facts = 0;
        for (Dyad d : dyads) {
            CaseFile c = importer.caseOf(d);
            if (!c.outcomes().isEmpty()) found.add(d.id() + ": has outcomes");
            for (Event e : c.events()) if (FIGHTING.contains(e.kind())) found.add(d.id() + ": " + e.path() + " " + e.summary());
            List<Source> sources = new ArrayList<>();
            c.actors().forEach(a -> { sources.add(a.source()); a.greatPower().forEach(s -> sources.add(s.source())); });
            c.organisations().forEach(o -> sources.add(o.source()));
            c.memberships().forEach(m -> sources.add(m.source()));
            c.events().forEach(e -> sources.add(e.source()));
            for (Source s : sources) {
                facts++;
                String cited = s.cite();
                for (String outcome : outcomeTitles) if (cited.contains(outcome)) found.add(d.id() + ": a fact cites " + cited);
                if (cited.contains("Militarized") || cited.contains("Inter-State War") || cited.contains("UCDP") || cited.contains("Gibler")) {
                    found.add(d.id() + ": a fact cites " + cited);
                }
            }
        }
        assertThat(facts).isGreaterThan(10_000);
        assertThat(found).isEmpty();
    }

    @Test
    void theLibraryNeverLendsFighting() {
        assertThat(LibraryMerge.NOT_MERGED).containsAll(FIGHTING);
        // A library case that holds an aggression (Russia–West: Crimea) still lends none to the dyad it covers.
        FactData data = FactData.load(Path.of("data"));
        Importer importer = new Importer(data, LibraryCases.of(CaseLibrary.load(Path.of("cases"))));
        Dyad russiaUkraine = Dyads.select(data, ValidationRun.FROM, ValidationRun.TO).stream()
                .filter(d -> d.id().equals("RUS-UKR")).findFirst().orElseThrow();
        assertThat(org.concert.Fixtures.loadCase("russia-west-1990-2022").events()).anyMatch(e -> e.kind() == EventKind.AGGRESSION);
        CaseFile c = importer.caseOf(russiaUkraine);
        assertThat(importer.libraryCasesOf(russiaUkraine)).contains("russia-west-1990-2022", "minsk-2014", "georgia-2008");
        List<CaseFact> all = new ArrayList<>(c.events());
        assertThat(all).noneMatch(f -> f instanceof Event e && FIGHTING.contains(e.kind()));
    }
}
