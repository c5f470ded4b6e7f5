package org.concert.validation.facts;

import org.concert.casefile.Actor;
import org.concert.casefile.CaseFile;
import org.concert.casefile.Event;
import org.concert.casefile.EventKind;
import org.concert.casefile.Membership;
import org.concert.casefile.Organisation;
import org.concert.casefile.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hand-coded facts of the library cases that cover a dyad, in the dyad's ids: red lines, promises, assurances,
 * threats, settlements, invasion routes and the like (no data set holds them), nuclear status, the organisations no
 * data set holds (PfP, G8, the Concert of Europe) with their members, and the adversaries of alliances (ATOP names
 * none; P13 needs them). Each keeps its library source. Left out: what the data hold (enlargements: ATOP; defence
 * spending: NMC; memberships of the data's organisations) and fighting (war starts, aggressions, battlefield
 * reverses), which are what the validation scores and so never inputs. A fact that two cases both hold is taken once.
 */
final class LibraryMerge {

    /** Event kinds a library case may not lend: the data hold them, or they are fighting, i.e. outcomes. */
    static final Set<EventKind> NOT_MERGED = Set.of(EventKind.ENLARGEMENT, EventKind.DEFENCE_SPENDING,
            EventKind.WAR_STARTED, EventKind.AGGRESSION, EventKind.BATTLEFIELD_REVERSE);

    private final List<String> cases = new ArrayList<>();
    private final Map<String, Organisation> ownOrganisations = new LinkedHashMap<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Map<String, String> adversaries = new HashMap<>();
    private final Set<String> dataAlliances = new TreeSet<>();
    private final Set<Integer> states = new TreeSet<>();
    private final Map<Integer, List<Span>> nuclear = new HashMap<>();

    LibraryMerge(List<LibraryCases.Mapped> covering, Map<String, String> organisationCrosswalk, Map<Integer, String> ids,
                 Organisations data) {
        for (LibraryCases.Mapped m : covering) {
            CaseFile c = m.caseFile();
            cases.add(c.id());
            Map<String, String> actor = new HashMap<>();
            m.actors().forEach((libraryId, ccode) -> actor.put(libraryId, ids.get(ccode)));
            Map<String, String> organisation = new HashMap<>();
            for (Organisation o : c.organisations()) {
                String mapped = organisationCrosswalk.get(o.id());
                organisation.put(o.id(), mapped != null && data.has(mapped) ? mapped : o.id());
            }
            Refs refs = new Refs(c.id(), actor, organisation, m.actors());
            for (Organisation o : c.organisations()) {
                String id = organisation.get(o.id());
                String adversary = o.adversary() == null ? null : refs.any(o.adversary());
                if (adversary != null && data.has(adversary)) dataAlliances.add(adversary);
                if (data.has(id)) {
                    dataAlliances.add(id);
                    if (adversary != null) adversaries.putIfAbsent(id, adversary);
                } else if (!ownOrganisations.containsKey(id)) {
                    ownOrganisations.put(id, new Organisation(id, o.name(), o.kind(), o.region(), o.founded(), o.dissolved(), adversary, o.knownFrom(), o.confidence(), o.quote(), o.note(), o.source(), null));
                    for (Membership x : c.memberships()) {
                        if (!x.organisation().equals(o.id())) continue;
                        memberships.add(new Membership(c.id() + "." + x.id(), refs.actor(x.actor()), id, x.from(), x.to(), x.status(),
                                x.privileged(), x.knownFrom(), x.confidence(), x.quote(), x.note(), x.source(), null));
                    }
                }
            }
            for (Actor a : c.actors()) {
                for (Span s : a.nuclear()) {
                    List<Span> spans = nuclear.computeIfAbsent(m.actors().get(a.id()), k -> new ArrayList<>());
                    if (spans.stream().noneMatch(x -> x.from().equals(s.from()))) {
                        spans.add(new Span(s.from(), s.to(), s.source() != null ? s.source() : a.source()));
                    }
                }
            }
            for (Event e : c.events()) {
                if (NOT_MERGED.contains(e.kind())) continue;
                Event mapped = new Event(c.id() + "." + e.id(), e.date(), e.kind(), e.title(),
                        refs.any(e.actor()), refs.any(e.target()), refs.organisation(e.organisation()),
                        refs.all(e.parties()), refs.all(e.losers()), refs.all(e.acceptedBy()),
                        e.binding(), e.granted(), e.imposed(), e.foreignBacked(), e.heavy(), e.amount(), e.year(),
                        e.knownFrom(), e.confidence(), e.quote(), e.note(), e.source(), null); // a library fact counts from when it became known
                events.putIfAbsent(key(mapped), mapped);
            }
            dataAlliances.addAll(refs.dataOrganisations(data));
            states.addAll(refs.states);
        }
        dataAlliances.removeIf(id -> data.igoIds().contains(id));
    }

    private static String key(Event e) {
        return String.join("|", e.kind().json(), e.date().toString(), String.valueOf(e.actor()), String.valueOf(e.target()),
                String.valueOf(e.organisation()), e.parties().toString(), e.losers().toString());
    }

    /** A library case's ids in the dyad's: actors to COW abbreviations, organisations to the data's where it holds them. */
    private static final class Refs {
        final String caseId;
        final Map<String, String> actors;
        final Map<String, String> organisations;
        final Map<String, Integer> ccodes;
        final Set<Integer> states = new HashSet<>();
        final Set<String> used = new HashSet<>();

        Refs(String caseId, Map<String, String> actors, Map<String, String> organisations, Map<String, Integer> ccodes) {
            this.caseId = caseId;
            this.actors = actors;
            this.organisations = organisations;
            this.ccodes = ccodes;
        }

        String actor(String id) {
            String mapped = actors.get(id);
            if (mapped == null) throw new IllegalArgumentException("library case " + caseId + ": unknown actor " + id);
            states.add(ccodes.get(id));
            return mapped;
        }

        String organisation(String id) {
            if (id == null) return null;
            String mapped = organisations.get(id);
            if (mapped == null) throw new IllegalArgumentException("library case " + caseId + ": unknown organisation " + id);
            used.add(mapped);
            return mapped;
        }

        /** An actor or an organisation. */
        String any(String id) {
            if (id == null) return null;
            return actors.containsKey(id) ? actor(id) : organisation(id);
        }

        List<String> all(List<String> ids) {
            return ids.stream().map(this::any).toList();
        }

        Set<String> dataOrganisations(Organisations data) {
            Set<String> found = new TreeSet<>();
            for (String id : used) if (data.has(id)) found.add(id);
            return found;
        }
    }

    List<String> cases() {
        return cases;
    }

    /** ATOP alliances the merged facts name: the case must hold them. */
    Set<String> dataAlliancesNeeded() {
        return dataAlliances;
    }

    /** States the merged facts name (COW codes). */
    Set<Integer> statesNeeded() {
        return states;
    }

    /** The data's organisation with the adversary a library case names for it, if any. */
    Organisation withAdversary(Organisation o) {
        String adversary = adversaries.get(o.id());
        if (adversary == null) return o;
        return new Organisation(o.id(), o.name(), o.kind(), o.region(), o.founded(), o.dissolved(), adversary, o.knownFrom(), o.confidence(), o.quote(), o.note(), o.source(), o.path());
    }

    List<Organisation> organisations() {
        return List.copyOf(ownOrganisations.values());
    }

    List<Membership> memberships() {
        return memberships;
    }

    List<Event> events() {
        return List.copyOf(events.values());
    }

    List<Span> nuclear(int ccode) {
        return nuclear.getOrDefault(ccode, List.of());
    }
}
