package org.concert.validation.facts;

import org.concert.casefile.Actor;
import org.concert.casefile.CaseFact;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.Event;
import org.concert.casefile.EventKind;
import org.concert.casefile.GreatPower;
import org.concert.casefile.Membership;
import org.concert.casefile.Organisation;
import org.concert.casefile.Source;
import org.concert.validation.ValidationRun;
import org.concert.validation.data.DataSet;
import org.concert.validation.data.FactData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer on a slice checked by hand against the data and the record: Poland and Russia, 1990–2004. Poland and
 * the Soviet Union, then Russia (Kaliningrad), border by land throughout (COW contiguity type 1 from June 1945);
 * Russia is a great power (COW: again from 1922, to the end of the data); Poland signed NATO's accession protocol on
 * 16 December 1997 (ATOP's entry) and acceded on 12 March 1999 (COW IGO codes it a member from 1999).
 */
class ImporterTest {

    private static FactData data;
    private static Importer importer;
    private static Dyad russiaPoland;
    private static CaseFile slice;

    @BeforeAll
    static void importRussiaAndPoland() {
        data = FactData.load(Path.of("data"));
        importer = new Importer(data, LibraryCases.of(CaseLibrary.load(Path.of("cases"))));
        russiaPoland = Dyads.select(data, ValidationRun.FROM, ValidationRun.TO).stream()
                .filter(d -> d.id().equals("RUS-POL")).findFirst().orElseThrow();
        slice = importer.caseOf(russiaPoland);
    }

    @Test
    void russiaAndPolandBorderByLandThroughout1990To2004() {
        assertThat(russiaPoland.closestType()).isEqualTo(1);
        for (YearMonth m = YearMonth.of(1990, 1); !m.isAfter(YearMonth.of(2004, 12)); m = m.plusMonths(1)) {
            assertThat(russiaPoland.months()).contains(m);
        }
        assertThat(russiaPoland.months()).doesNotContain(YearMonth.of(1940, 1)); // Poland not a state (COW) in 1940
        assertThat(actor("POL").borders()).contains("RUS");
        assertThat(actor("RUS").borders()).contains("POL");
    }

    @Test
    void russiaIsAGreatPowerFrom1922AndPolandIsNot() {
        assertThat(actor("RUS").greatPower()).extracting(s -> s.from() + "/" + s.to())
                .containsExactly("1816-01-01/1917-12-06", "1922-01-01/null");
        assertThat(actor("RUS").greatPower().get(1).source().pages()).isEqualTo("line 12");
        assertThat(dataLine(DataSet.COW_MAJORS, 12)).startsWith("365,1922,1,1,");
        assertThat(actor("POL").greatPower()).isEmpty();
        for (int year = 1990; year <= 2004; year++) {
            List<CaseFact> known = slice.factsAsOf(LocalDate.of(year, 6, 30));
            assertThat(known).filteredOn(f -> f instanceof GreatPower g && g.actor().equals("RUS")).hasSize(1);
            assertThat(known).filteredOn(f -> f instanceof GreatPower g && g.actor().equals("POL")).isEmpty();
        }
    }

    @Test
    void polandSignsNatosAccessionProtocolIn1997AndAccedesIn1999() {
        Organisation nato = slice.organisations().stream().filter(o -> o.id().equals("NATO")).findFirst().orElseThrow();
        assertThat(nato.founded()).isEqualTo(LocalDate.of(1949, 4, 4));
        assertThat(nato.isAlliance()).isTrue();

        Event signed = event(EventKind.MEMBERSHIP_PROMISED, LocalDate.of(1997, 12, 16));
        assertThat(signed.organisation()).isEqualTo("NATO");
        assertThat(signed.parties()).containsExactlyInAnyOrder("POL", "HUN", "CZR");
        assertThat(signed.source().title()).contains("ATOP").contains("v4.0");
        assertThat(dataLine(DataSet.ATOP_MEMBERS, 858)).startsWith("3180,3521,227,290,1,1997,12,16,");

        // The data give the accession only as a year: it is known at the end of 1999, not before it happened.
        Event acceded = event(EventKind.ENLARGEMENT, LocalDate.of(1999, 12, 31));
        assertThat(acceded.parties()).containsExactlyInAnyOrder("POL", "HUN", "CZR");
        Membership poland = slice.memberships().stream().filter(m -> m.actor().equals("POL") && m.organisation().equals("NATO"))
                .findFirst().orElseThrow();
        assertThat(poland.from()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(poland.isFull()).isTrue();
        assertThat(poland.source().pages()).contains("line 858").contains("line 6110");
        assertThat(dataLine(DataSet.COW_IGO, 6110)).startsWith("290,1999,\"poland\"");

        assertThat(memberOfNato(LocalDate.of(1998, 6, 30))).isFalse();
        assertThat(memberOfNato(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(slice.memberships()).noneMatch(m -> m.actor().equals("RUS") && m.organisation().equals("NATO"));
    }

    @Test
    void theRussiaWestCaseLendsItsHandCodedFactsWithTheirSourcesAndTheCounterfactualsLendNothing() {
        assertThat(importer.libraryCasesOf(russiaPoland)).containsExactly("russia-west-1990-2022");
        Event bucharest = slice.events().stream().filter(e -> e.id().equals("russia-west-1990-2022.bucharest-2008")).findFirst().orElseThrow();
        assertThat(bucharest.kind()).isEqualTo(EventKind.MEMBERSHIP_PROMISED);
        assertThat(bucharest.organisation()).isEqualTo("NATO");
        assertThat(bucharest.parties()).containsExactlyInAnyOrder("GRG", "UKR");
        assertThat(bucharest.source().author()).isEqualTo("NATO");
        assertThat(slice.events()).noneMatch(e -> e.id().startsWith("russia-west-budapest-only") || e.id().startsWith("russia-west-ukraine-neutral"));
        // The library's enlargements are the data's to give: none is taken from the case.
        assertThat(slice.events()).noneMatch(e -> e.kind() == EventKind.ENLARGEMENT && e.id().startsWith("russia-west"));
        Organisation nato = slice.organisations().stream().filter(o -> o.id().equals("NATO")).findFirst().orElseThrow();
        assertThat(nato.adversary()).isEqualTo("WP");
    }

    @Test
    void everyFactNamesItsDataSetVersionAndLineOrItsLibrarySource() {
        for (Event e : slice.events()) {
            Source s = e.source();
            if (e.id().startsWith("russia-west-1990-2022.")) continue; // the library's own sources
            assertThat(s.title()).as(e.id()).containsPattern("v\\d").contains("data/");
            assertThat(s.pages()).as(e.id()).startsWith("line");
        }
        for (Actor a : slice.actors()) assertThat(a.source().pages()).as(a.id()).startsWith("line");
    }

    private static boolean memberOfNato(LocalDate day) {
        return slice.factsAsOf(day).stream().anyMatch(f -> f instanceof Membership m && m.actor().equals("POL") && m.organisation().equals("NATO"));
    }

    private static Actor actor(String id) {
        return slice.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Event event(EventKind kind, LocalDate date) {
        return slice.events().stream().filter(e -> e.kind() == kind && e.date().equals(date) && "NATO".equals(e.organisation()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " of NATO on " + date));
    }

    static String dataLine(DataSet set, int line) {
        try {
            return Files.readAllLines(Path.of("data", set.file())).get(line - 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
