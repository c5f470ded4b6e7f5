package org.concert.validation.facts;

import org.concert.casefile.Event;
import org.concert.casefile.EventKind;
import org.concert.casefile.Membership;
import org.concert.casefile.MembershipStatus;
import org.concert.casefile.Organisation;
import org.concert.casefile.OrganisationKind;
import org.concert.casefile.Source;
import org.concert.validation.data.DataSet;
import org.concert.validation.data.FactData;
import org.concert.validation.data.Records.AtopAlliance;
import org.concert.validation.data.Records.AtopMember;
import org.concert.validation.data.Records.IgoYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The organisations the data hold, with their memberships and enlargements, made once for all dyads.
 *
 * <p><b>COW IGO (yearly).</b> The League of Nations, the UN and the CSCE/OSCE are collective-security organisations,
 * the EAPC a partnership (the paper's vocabulary). What the yearly data show in year Y is taken as known on
 * 31 December of Y: an organisation exists from the end of the first year any state is coded in it, a membership
 * starts at the end of the first year coded and ends at the end of the first year coded otherwise. So no fact is
 * seen before it held; a change is seen up to a year late. Status 1 is full, 2 (associate) partner, 3 observer; in
 * the EAPC every state outside NATO is a partner.
 *
 * <p><b>ATOP (to the day).</b> Alliances with a defence or offence obligation (an alliance in the paper's sense);
 * pacts of neutrality, non-aggression or consultation alone are left out. A state's entry is the signature of the
 * treaty or protocol. A state entering after the founding is an enlargement. For NATO and the Warsaw Pact COW IGO
 * also gives the year of accession: where it is later than the year of signature, the signature is a promise of
 * membership (the accession protocol) and the accession (end of the IGO year) the enlargement; where the years are
 * the same the data cannot tell them apart and the signature stands.
 */
public final class Organisations {

    /** COW IGO columns made into organisations: id, name, kind, region. */
    private static final List<String[]> IGO = List.of(
            new String[]{"lon", "LON", "League of Nations", "collective-security", Regions.WORLD},
            new String[]{"un", "UN", "United Nations", "collective-security", Regions.WORLD},
            new String[]{"osce", "OSCE", "Conference (Organization) for Security and Co-operation in Europe", "collective-security", "Europe"},
            new String[]{"eapc", "EAPC", "Euro-Atlantic Partnership Council", "partnership", "Europe"});

    /** ATOP alliances that COW IGO also follows, by IGO column. */
    static final Map<Integer, String[]> IGO_ALLIANCES = Map.of(
            3180, new String[]{"nato", "NATO", "North Atlantic Treaty Organization"},
            3285, new String[]{"wpact", "WP", "Warsaw Pact"});

    static final int IGO_LAST_YEAR = 2014;

    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, List<Membership>> memberships = new HashMap<>();
    private final Map<String, List<Event>> events = new HashMap<>();
    /** Alliance id → COW codes of every state ever a member. */
    private final Map<String, List<Integer>> members = new HashMap<>();
    private final Map<Integer, Map<Integer, IgoYear>> igoByState = new HashMap<>();
    private final Map<Integer, String> ids;

    public Organisations(FactData data, Map<Integer, String> actorIds) {
        this.ids = actorIds;
        for (IgoYear y : data.igo()) igoByState.computeIfAbsent(y.ccode(), k -> new TreeMap<>()).put(y.year(), y);
        for (String[] o : IGO) igo(data, o);
        Map<Integer, List<AtopMember>> byAlliance = new TreeMap<>();
        for (AtopMember m : data.members()) byAlliance.computeIfAbsent(m.atopid(), k -> new ArrayList<>()).add(m);
        for (AtopAlliance a : data.alliances()) {
            if (a.isMilitary() && byAlliance.containsKey(a.atopid())) alliance(a, byAlliance.get(a.atopid()));
        }
    }

    public static String allianceId(int atopid) {
        String[] igo = IGO_ALLIANCES.get(atopid);
        return igo != null ? igo[1] : "ATOP-" + atopid;
    }

    public List<String> igoIds() {
        return IGO.stream().map(o -> o[1]).toList();
    }

    public Organisation get(String id) {
        return organisations.get(id);
    }

    public boolean has(String id) {
        return organisations.containsKey(id);
    }

    public List<Membership> memberships(String id) {
        return memberships.getOrDefault(id, List.of());
    }

    public List<Event> events(String id) {
        return events.getOrDefault(id, List.of());
    }

    /** Every state ever a member of the alliance. */
    public List<Integer> members(String id) {
        return members.getOrDefault(id, List.of());
    }

    /** The alliances (ids) of which the state was ever a member. */
    public List<String> alliancesOf(int ccode) {
        List<String> found = new ArrayList<>();
        members.forEach((id, states) -> { if (states.contains(ccode)) found.add(id); });
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private void igo(FactData data, String[] spec) {
        String column = spec[0], id = spec[1];
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE, firstLine = 0;
        for (IgoYear y : data.igo()) {
            if (y.status().get(column) >= 0) {
                if (y.year() < first) { first = y.year(); firstLine = y.line(); }
                last = Math.max(last, y.year());
            }
        }
        LocalDate founded = endOf(first);
        LocalDate dissolved = last < IGO_LAST_YEAR ? endOf(last + 1) : null;
        organisations.put(id, new Organisation(id, spec[2], OrganisationKind.fromJson(spec[3]), spec[4], founded, dissolved, null,
                DataSet.COW_IGO.row(firstLine), null));
        List<Membership> list = new ArrayList<>();
        for (var state : igoByState.entrySet()) {
            String actor = ids.get(state.getKey());
            if (actor == null) continue;
            MembershipStatus current = null;
            int since = 0, line = 0, n = 0;
            for (IgoYear y : state.getValue().values()) {
                MembershipStatus s = status(column, y);
                if (s != current) {
                    if (current != null) list.add(new Membership(id + "-" + actor + "-" + (++n), actor, id, since == first ? founded : endOf(since),
                            endOf(y.year()), current, false, DataSet.COW_IGO.row(line), null));
                    current = s;
                    since = y.year();
                    line = y.line();
                }
            }
            int lastYear = ((TreeMap<Integer, IgoYear>) state.getValue()).lastKey();
            if (current != null) {
                LocalDate to = lastYear >= IGO_LAST_YEAR ? null : endOf(lastYear + 1);
                if (dissolved != null && (to == null || to.isAfter(dissolved))) to = dissolved;
                list.add(new Membership(id + "-" + actor + "-" + (++n), actor, id, since == first ? founded : endOf(since), to, current, false,
                        DataSet.COW_IGO.row(line), null));
            }
        }
        memberships.put(id, list);
    }

    private static MembershipStatus status(String column, IgoYear y) {
        int s = y.status().get(column);
        if (column.equals("eapc") && s == 1 && y.status().get("nato") != 1) return MembershipStatus.PARTNER;
        return switch (s) {
            case 1 -> MembershipStatus.FULL;
            case 2 -> MembershipStatus.PARTNER;
            case 3 -> MembershipStatus.OBSERVER;
            default -> null;
        };
    }

    private void alliance(AtopAlliance a, List<AtopMember> rows) {
        String id = allianceId(a.atopid());
        String[] igo = IGO_ALLIANCES.get(a.atopid());
        // Phases of one state's membership, merged into spells.
        Map<Integer, List<AtopMember>> byState = new TreeMap<>();
        for (AtopMember m : rows) byState.computeIfAbsent(m.ccode(), k -> new ArrayList<>()).add(m);
        List<Membership> list = new ArrayList<>();
        Map<LocalDate, List<Integer>> accessions = new TreeMap<>();
        Map<LocalDate, List<Integer>> promises = new TreeMap<>();
        Map<LocalDate, List<Integer>> accessionLines = new HashMap<>();
        List<Integer> everyone = new ArrayList<>();
        for (var e : byState.entrySet()) {
            String actor = ids.get(e.getKey());
            if (actor == null) continue;
            everyone.add(e.getKey());
            int n = 0;
            for (Spell spell : spells(e.getValue())) {
                LocalDate joined = spell.from;
                Source source = DataSet.ATOP_MEMBERS.row(spell.line);
                if (igo != null && spell.from.isAfter(a.begin())) {
                    Integer accessionYear = firstYearMember(e.getKey(), igo[0], spell.from.getYear());
                    if (accessionYear != null && accessionYear > spell.from.getYear()) {
                        promises.computeIfAbsent(spell.from, k -> new ArrayList<>()).add(e.getKey());
                        joined = endOf(accessionYear);
                        source = new Source(source.author(), source.year(), source.title(), null, source.pages()
                                + " (signature); accession year from " + DataSet.COW_IGO.title() + ", data/" + DataSet.COW_IGO.file()
                                + " line " + igoByState.get(e.getKey()).get(accessionYear).line());
                    }
                }
                if (spell.to != null && !spell.to.isAfter(joined)) continue; // left before the accession took effect
                list.add(new Membership(id + "-" + actor + "-" + (++n), actor, id, joined, spell.to, MembershipStatus.FULL, false, source, null));
                if (joined.isAfter(a.begin())) {
                    accessions.computeIfAbsent(joined, k -> new ArrayList<>()).add(e.getKey());
                    accessionLines.computeIfAbsent(joined, k -> new ArrayList<>()).add(spell.line);
                }
            }
        }
        if (everyone.isEmpty()) return;
        String name = igo != null ? igo[2] + " (ATOP " + a.atopid() + ")"
                : "ATOP alliance " + a.atopid() + " of " + names(everyone.subList(0, Math.min(4, everyone.size())))
                  + (everyone.size() > 4 ? " and " + (everyone.size() - 4) + " more" : "");
        organisations.put(id, new Organisation(id, name, OrganisationKind.ALLIANCE, majorityRegion(everyone), a.begin(), a.end(), null,
                DataSet.ATOP_ALLIANCES.row(a.line()), null));
        memberships.put(id, list);
        members.put(id, List.copyOf(everyone));
        List<Event> made = new ArrayList<>();
        for (var p : promises.entrySet()) {
            made.add(new Event(id + "-signed-" + p.getKey(), p.getKey(), EventKind.MEMBERSHIP_PROMISED,
                    "Accession protocol signed: " + name + " is to admit " + names(p.getValue()),
                    null, null, id, actorIds(p.getValue()), null, null, null, null, null, null, null, null, null,
                    lines(p.getKey(), rows), null));
        }
        for (var acc : accessions.entrySet()) {
            List<Integer> lines = accessionLines.get(acc.getKey());
            made.add(new Event(id + "-enlarged-" + acc.getKey(), acc.getKey(), EventKind.ENLARGEMENT,
                    name + " admits " + names(acc.getValue()), null, null, id, actorIds(acc.getValue()),
                    null, null, null, null, null, null, null, null, null,
                    DataSet.ATOP_MEMBERS.rows(lines.stream().min(Integer::compare).orElseThrow(), lines.stream().max(Integer::compare).orElseThrow()), null));
        }
        events.put(id, made);
    }

    private record Spell(LocalDate from, LocalDate to, int line) {
    }

    /** A state's ATOP phases in one alliance (a new phase when obligations change) merged into spells of membership. */
    private static List<Spell> spells(List<AtopMember> phases) {
        List<AtopMember> sorted = new ArrayList<>(phases);
        sorted.sort(Comparator.comparing(AtopMember::entry));
        List<Spell> spells = new ArrayList<>();
        for (AtopMember p : sorted) {
            Spell last = spells.isEmpty() ? null : spells.get(spells.size() - 1);
            if (last != null && (last.to == null || !p.entry().isAfter(last.to))) {
                LocalDate to = last.to == null || p.exit() == null ? null : (p.exit().isAfter(last.to) ? p.exit() : last.to);
                spells.set(spells.size() - 1, new Spell(last.from, to, last.line));
            } else {
                spells.add(new Spell(p.entry(), p.exit(), p.line()));
            }
        }
        return spells;
    }

    private static Source lines(LocalDate entry, List<AtopMember> rows) {
        int min = Integer.MAX_VALUE, max = 0;
        for (AtopMember m : rows) if (m.entry().equals(entry)) { min = Math.min(min, m.line()); max = Math.max(max, m.line()); }
        return DataSet.ATOP_MEMBERS.rows(min, max);
    }

    private Integer firstYearMember(int ccode, String column, int fromYear) {
        Map<Integer, IgoYear> years = igoByState.get(ccode);
        if (years == null) return null;
        for (IgoYear y : years.values()) if (y.year() >= fromYear && y.status().get(column) == 1) return y.year();
        return null;
    }

    private List<String> actorIds(List<Integer> ccodes) {
        return ccodes.stream().map(ids::get).toList();
    }

    private String names(List<Integer> ccodes) {
        return String.join(", ", actorIds(ccodes));
    }

    /** The region most of the alliance's members belong to (ties: the first in alphabetical order). */
    private static String majorityRegion(List<Integer> members) {
        Map<String, Integer> count = new TreeMap<>();
        for (int m : members) count.merge(Regions.of(m), 1, Integer::sum);
        return count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    static LocalDate endOf(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
