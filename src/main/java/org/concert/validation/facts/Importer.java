package org.concert.validation.facts;

import org.concert.casefile.Actor;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.casefile.Event;
import org.concert.casefile.EventKind;
import org.concert.casefile.Membership;
import org.concert.casefile.Organisation;
import org.concert.casefile.Period;
import org.concert.casefile.Span;
import org.concert.validation.data.DataSet;
import org.concert.validation.data.FactData;
import org.concert.validation.data.Records.Capability;
import org.concert.validation.data.Records.Contiguity;
import org.concert.validation.data.Records.MajorSpell;
import org.concert.validation.data.Records.StateSpell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes the case file of a dyad from the data: every fact sourced to its data set, version and line, or, where a
 * library case covers the dyad, to the library's own source (see {@link LibraryMerge}). The case holds the two
 * states, every great power of the period (the rules judge the constellation, P4, P10), the members of the
 * alliances either state belonged to, the League, the UN, the CSCE/OSCE and the EAPC with the memberships of the
 * great powers and the two states, and the defence spending of the two states. It has no outcomes: disputes, wars and conflicts
 * are read elsewhere and only to score.
 */
public final class Importer {

    private final FactData data;
    private final LibraryCases library;
    private final Map<Integer, String> ids = new TreeMap<>();
    private final Map<Integer, StateSpell> firstSpell = new HashMap<>();
    private final Map<Integer, List<MajorSpell>> majors = new TreeMap<>();
    private final Map<Integer, Set<Integer>> neighbours = new HashMap<>();
    private final Map<Integer, List<Capability>> spending = new HashMap<>();
    private final Organisations organisations;

    public Importer(FactData data, LibraryCases library) {
        this.data = data;
        this.library = library;
        for (StateSpell s : data.states()) {
            ids.putIfAbsent(s.ccode(), s.abb());
            firstSpell.putIfAbsent(s.ccode(), s);
        }
        for (MajorSpell m : data.majors()) majors.computeIfAbsent(m.ccode(), k -> new ArrayList<>()).add(m);
        for (Contiguity c : data.contiguity()) {
            if (c.type() <= Dyads.MAX_CONTIGUITY_TYPE) neighbours.computeIfAbsent(c.ccode1(), k -> new TreeSet<>()).add(c.ccode2());
        }
        for (Capability c : data.capabilities()) if (c.milex() != null) spending.computeIfAbsent(c.ccode(), k -> new ArrayList<>()).add(c);
        this.organisations = new Organisations(data, ids);
    }

    public Organisations organisations() {
        return organisations;
    }

    public String actorId(int ccode) {
        String id = ids.get(ccode);
        if (id == null) throw new IllegalArgumentException("COW code " + ccode + " is not in the state list");
        return id;
    }

    /** The library cases whose hand-coded facts the dyad's case holds. */
    public List<String> libraryCasesOf(Dyad dyad) {
        return library.covering(dyad.power(), dyad.neighbour()).stream().filter(m -> overlaps(m.caseFile(), dyad))
                .map(m -> m.caseFile().id()).toList();
    }

    /** The dyad's case, read back through {@link CaseLoader} so it passes the schema and the checks of any case file. */
    public CaseFile caseOf(Dyad dyad) {
        CaseFile built = build(dyad);
        return CaseLoader.fromTree(CaseJson.tree(built), "import " + dyad.id());
    }

    /** The dyad's case as built, before it is read back (no JSON paths). */
    CaseFile build(Dyad dyad) {
        LibraryMerge merge = new LibraryMerge(library.covering(dyad.power(), dyad.neighbour()).stream()
                .filter(m -> overlaps(m.caseFile(), dyad)).toList(), library.organisations(), ids, organisations);

        Set<String> allianceIds = new TreeSet<>();
        allianceIds.addAll(organisations.alliancesOf(dyad.power()));
        allianceIds.addAll(organisations.alliancesOf(dyad.neighbour()));
        allianceIds.addAll(merge.dataAlliancesNeeded());

        Set<Integer> states = new TreeSet<>();
        states.add(dyad.power());
        states.add(dyad.neighbour());
        states.addAll(majors.keySet());
        for (String a : allianceIds) states.addAll(organisations.members(a));
        states.addAll(merge.statesNeeded());

        List<Actor> actors = new ArrayList<>();
        for (int s : states) actors.add(actor(s, states, merge));

        // Every member of an alliance in the case, but only the states the rules ask about in the League, the UN,
        // the OSCE and the EAPC: the great powers (P4, P8, P10, P11, P14, P28), the dyad's two and those the merged facts name.
        Set<String> members = new HashSet<>();
        for (int s : states) {
            boolean asked = s == dyad.power() || s == dyad.neighbour() || majors.containsKey(s) || merge.statesNeeded().contains(s);
            if (asked) members.add(actorId(s));
        }
        List<Organisation> orgs = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<String> orgIds = new ArrayList<>(organisations.igoIds());
        orgIds.addAll(allianceIds);
        for (String id : orgIds) {
            Organisation o = organisations.get(id);
            orgs.add(merge.withAdversary(o));
            boolean igo = organisations.igoIds().contains(id);
            for (Membership m : organisations.memberships(id)) {
                if (!igo || members.contains(m.actor())) memberships.add(m);
            }
            events.addAll(organisations.events(id));
        }
        orgs.addAll(merge.organisations());
        memberships.addAll(merge.memberships());
        events.addAll(spending(dyad));
        events.addAll(merge.events());
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));

        LocalDate from = dyad.first().atDay(1), to = dyad.last().atEndOfMonth();
        String title = dyad.powerName() + " and " + dyad.neighbourName() + ", " + dyad.first().getYear() + "–" + dyad.last().getYear();
        String summary = "Generated from the data sets in data/ for the great power " + dyad.powerName() + " and its neighbour "
                + dyad.neighbourName() + " (COW contiguity type " + dyad.closestType() + " at the closest)"
                + (merge.cases().isEmpty() ? "" : "; hand-coded facts merged from the library case(s) " + String.join(", ", merge.cases()))
                + ". Outcomes are not part of the case.";
        return new CaseFile("dyad-" + dyad.id(), title, new Period(from, to), summary, actors, orgs, memberships, events,
                List.of(), List.of(), null);
    }

    private static boolean overlaps(CaseFile c, Dyad d) {
        return !c.period().to().isBefore(d.first().atDay(1)) && !c.period().from().isAfter(d.last().atEndOfMonth());
    }

    private Actor actor(int ccode, Set<Integer> inCase, LibraryMerge merge) {
        StateSpell s = firstSpell.get(ccode);
        if (s == null) throw new IllegalArgumentException("COW code " + ccode + " is not in the state list");
        List<String> borders = new ArrayList<>();
        for (int n : neighbours.getOrDefault(ccode, Set.of())) if (inCase.contains(n)) borders.add(actorId(n));
        List<Span> greatPower = new ArrayList<>();
        for (MajorSpell m : majors.getOrDefault(ccode, List.of())) {
            // COW's end date is the last day held; a span's end is the first day without the status.
            greatPower.add(new Span(m.from(), m.to() == null ? null : m.to().plusDays(1), DataSet.COW_MAJORS.row(m.line())));
        }
        return new Actor(s.abb(), s.name(), Regions.of(ccode), borders, greatPower, merge.nuclear(ccode),
                DataSet.COW_STATES.row(s.line()), null);
    }

    /** NMC military expenditure of the dyad's two states, each year's known at the end of the year. */
    private List<Event> spending(Dyad dyad) {
        List<Event> events = new ArrayList<>();
        for (int s : List.of(dyad.power(), dyad.neighbour())) {
            for (Capability c : spending.getOrDefault(s, List.of())) {
                LocalDate known = Organisations.endOf(c.year());
                double billions = Math.round(c.milex() / 1e6 * 1e4) / 1e4;
                events.add(new Event("milex-" + actorId(s) + "-" + c.year(), known, EventKind.DEFENCE_SPENDING,
                        String.format(Locale.ROOT, "Military expenditure of %s in %d: %.4f bn US$", firstSpell.get(s).name(), c.year(), billions),
                        actorId(s), null, null, null, null, null, null, null, null, null, null, billions, c.year(),
                        DataSet.COW_NMC.row(c.line()), null));
            }
        }
        return events;
    }

    /** Every library case merged into some dyad, and those left out with the reason. */
    public LibraryCases library() {
        return library;
    }
}
