package org.concert.bench;

import org.concert.casefile.Actor;
import org.concert.casefile.CaseFact;
import org.concert.casefile.CaseFile;
import org.concert.casefile.Event;
import org.concert.casefile.EventKind;
import org.concert.casefile.GreatPower;
import org.concert.casefile.Level;
import org.concert.casefile.Membership;
import org.concert.casefile.Organisation;
import org.concert.rulebase.Parameters;
import org.concert.vocabulary.Insecurity;
import org.concert.vocabulary.Parameter;
import org.concert.vocabulary.RedLineCrossed;
import org.concert.vocabulary.Warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The limit Concert is measured against (issue 7): the P17 and P20 warnings of one chain, computed by
 * hand in plain Java from the same case and date, with hash indexes and no rule engine. It checks the
 * same conditions as the rules it stands for (by name in {@link #RULES}), negations included:
 * <ul>
 *   <li>P13: an active alliance whose adversary has dissolved; a great power of its region that is not a
 *       full member is excluded from it;</li>
 *   <li>P17: an enlargement of that alliance after the adversary dissolved, admitting a state of the
 *       excluded power's region, is an enlargement towards it: a warning, raised a step from
 *       {@code p17-rounds-for-high} rounds;</li>
 *   <li>P18: a state the great power was invaded through (or a neighbour it warned off the alliance at
 *       least {@code p19-declarations-for-red-line} times) is its buffer state, unless an inclusive
 *       regional collective-security order (P28, with P4's constellations) includes the power;</li>
 *   <li>P19: at least {@code p19-declarations-for-red-line} declarations against the buffer state's
 *       membership of an alliance make a red line;</li>
 *   <li>P20: the alliance's promise of membership to a red-line buffer state of a great power it
 *       excludes is a warning, unless the buffer state is neutral with binding guarantees (P23).</li>
 * </ul>
 * It returns the warnings with their base level (and P17's rounds step), as the rules raise them.
 */
public final class HandWrittenChain {

    /** The rules whose conditions this class checks by hand: a rule base of only these gives the same warnings. */
    public static final List<String> RULES = List.of(
            "An alliance that outlives its adversary has lost its reason to exist",
            "An alliance that leaves out a great power of its region makes a balance of power",
            "An inclusive organisation with no rival alliance makes collective security",
            "A regional collective-security organisation that includes the great power ends its buffer-state claim",
            "A neutral buffer state with binding guarantees from both sides is out of the contest",
            "A great power left outside an alliance that outlived its adversary is excluded",
            "An enlargement after the adversary's collapse moves the alliance towards the excluded great power",
            "A state on a historic invasion route is a buffer state for the great power it shields",
            "A neighbour the great power repeatedly warns off the alliance is a buffer state for it",
            "Repeated declarations against a buffer state's membership make a red line",
            "Promising membership to a red-line buffer state crosses the red line",
            "Enlargement towards an excluded great power makes it insecure",
            "Insecurity rises with each round of enlargement");

    /** A warning as this check finds it: the rule's warning and the level after P17's rounds step. */
    public record Found(Warning warning, Level level) {
    }

    private final Parameters parameters;

    public HandWrittenChain(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The P17 and P20 warnings of {@code c} on {@code asOf}. */
    public List<Found> check(CaseFile c, LocalDate asOf) {
        return new Run(c.factsAsOf(asOf), parameter("p19-declarations-for-red-line", asOf), parameter("p17-rounds-for-high", asOf)).warnings();
    }

    private double parameter(String name, LocalDate asOf) {
        double value = Double.NaN;
        for (Parameter p : parameters.all()) {
            if (p.name().equals(name) && !p.since().isAfter(asOf)) value = p.value();
        }
        return value;
    }

    /** One evaluation: the facts indexed once, then each conclusion computed from the indexes. */
    private static final class Run {
        final Map<String, Actor> actors = new HashMap<>();
        final Set<String> greatPowers = new LinkedHashSet<>();
        final Map<String, Organisation> organisations = new LinkedHashMap<>();
        /** Full memberships as "actor organisation". */
        final Set<String> fullMembers = new HashSet<>();
        final List<Membership> memberships = new ArrayList<>();
        final Map<EventKind, List<Event>> events = new EnumMap<>(EventKind.class);
        final double declarationsNeeded;
        final double roundsNeeded;

        Run(List<CaseFact> facts, double declarationsNeeded, double roundsNeeded) {
            this.declarationsNeeded = declarationsNeeded;
            this.roundsNeeded = roundsNeeded;
            for (CaseFact f : facts) {
                if (f instanceof Actor a) actors.put(a.id(), a);
                else if (f instanceof GreatPower g) greatPowers.add(g.actor());
                else if (f instanceof Organisation o) organisations.put(o.id(), o);
                else if (f instanceof Membership m) {
                    memberships.add(m);
                    if (m.isFull()) fullMembers.add(m.actor() + " " + m.organisation());
                } else if (f instanceof Event e) events.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            }
        }

        List<Event> events(EventKind kind) {
            return events.getOrDefault(kind, List.of());
        }

        boolean fullMember(String actor, String organisation) {
            return fullMembers.contains(actor + " " + organisation);
        }

        String region(String actor) {
            Actor a = actors.get(actor);
            return a == null ? null : a.region();
        }

        List<Found> warnings() {
            // P13: alliances that outlived their adversary, and the great powers of their region they leave out.
            Map<String, Set<String>> excludedFrom = new LinkedHashMap<>(); // power → alliances
            for (Organisation alliance : organisations.values()) {
                if (!alliance.isAlliance() || !alliance.isActive() || alliance.adversary() == null) continue;
                Organisation adversary = organisations.get(alliance.adversary());
                if (adversary == null || adversary.dissolved() == null) continue;
                for (String power : greatPowers) {
                    Actor who = actors.get(power);
                    if (who != null && Objects.equals(who.region(), alliance.region()) && !fullMember(power, alliance.id())) {
                        excludedFrom.computeIfAbsent(power, k -> new LinkedHashSet<>()).add(alliance.id());
                    }
                }
            }
            List<Found> found = new ArrayList<>();
            if (excludedFrom.isEmpty()) return found;

            // P17: enlargements towards each excluded power, then its warning per alliance excluding it.
            Map<String, Integer> rounds = new HashMap<>();
            for (Event round : events(EventKind.ENLARGEMENT)) {
                Organisation alliance = organisations.get(round.organisation());
                if (alliance == null || alliance.adversary() == null) continue;
                Organisation adversary = organisations.get(alliance.adversary());
                if (adversary == null || adversary.dissolved() == null || !round.date().isAfter(adversary.dissolved())) continue;
                for (Map.Entry<String, Set<String>> e : excludedFrom.entrySet()) {
                    if (!e.getValue().contains(alliance.id())) continue;
                    String powerRegion = region(e.getKey());
                    for (String member : round.parties()) {
                        if (actors.containsKey(member) && Objects.equals(region(member), powerRegion)) {
                            rounds.merge(e.getKey(), 1, Integer::sum);
                            break;
                        }
                    }
                }
            }
            for (Map.Entry<String, Integer> r : rounds.entrySet()) {
                Actor who = actors.get(r.getKey());
                int step = r.getValue() >= roundsNeeded ? 1 : 0;
                for (String alliance : excludedFrom.get(r.getKey())) {
                    Warning w = new Insecurity(r.getKey(), alliance, Level.ELEVATED, alliance + " enlarges towards excluded " + who.name());
                    found.add(new Found(w, w.level().shift(step)));
                }
            }

            // P18: buffer states of the great powers no inclusive order covers.
            Set<String> included = inclusiveOrder();
            Map<String, Set<String>> buffersOf = new HashMap<>(); // buffer → powers
            for (Event route : events(EventKind.INVASION_ROUTE)) {
                String power = route.target();
                String buffer = route.actor();
                if (greatPowers.contains(power) && actors.containsKey(power) && actors.containsKey(buffer) && !buffer.equals(power)
                        && !included.contains(power)) {
                    buffersOf.computeIfAbsent(buffer, k -> new LinkedHashSet<>()).add(power);
                }
            }
            // P18 (neighbours warned off) and P19: declarations by power against buffer, in all and per alliance.
            Map<String, Integer> declared = new HashMap<>();
            Map<String, Integer> declaredAgainstJoining = new HashMap<>();
            for (Event d : events(EventKind.RED_LINE_DECLARED)) {
                declared.merge(d.actor() + " " + d.target(), 1, Integer::sum);
                declaredAgainstJoining.merge(d.actor() + " " + d.target() + " " + d.organisation(), 1, Integer::sum);
            }
            if (!Double.isNaN(declarationsNeeded)) {
                for (Map.Entry<String, Integer> d : declared.entrySet()) {
                    if (d.getValue() < declarationsNeeded) continue;
                    String[] powerAndBuffer = d.getKey().split(" ");
                    String power = powerAndBuffer[0];
                    String buffer = powerAndBuffer[1];
                    Actor shielded = actors.get(power);
                    Actor state = actors.get(buffer);
                    if (!greatPowers.contains(power) || shielded == null || state == null || buffer.equals(power) || included.contains(power)) continue;
                    if (state.borders().contains(power) || shielded.borders().contains(buffer)) {
                        buffersOf.computeIfAbsent(buffer, k -> new LinkedHashSet<>()).add(power);
                    }
                }
            }

            // P20: a promise to a buffer state with a red line against the promising alliance, which excludes the power.
            Set<String> neutral = guaranteedNeutral();
            Set<Warning> crossed = new LinkedHashSet<>();
            for (Event promise : events(EventKind.MEMBERSHIP_PROMISED)) {
                String allianceId = promise.organisation();
                Organisation alliance = organisations.get(allianceId);
                for (String buffer : promise.parties()) {
                    Set<String> powers = buffersOf.get(buffer);
                    Actor state = actors.get(buffer);
                    if (powers == null || state == null || neutral.contains(buffer)) continue;
                    if (alliance == null || !alliance.isAlliance() || Double.isNaN(declarationsNeeded)) continue;
                    // P19: the red line, drawn by any power the state is a buffer for.
                    boolean redLine = false;
                    for (String drawer : powers) {
                        Integer n = declaredAgainstJoining.get(drawer + " " + buffer + " " + allianceId);
                        if (n != null && n >= declarationsNeeded) redLine = true;
                    }
                    if (!redLine) continue;
                    for (String power : powers) {
                        Set<String> excluding = excludedFrom.get(power);
                        if (excluding == null || !excluding.contains(allianceId)) continue;
                        crossed.add(new RedLineCrossed(power, buffer, allianceId, Level.HIGH, allianceId + " promised membership to "
                                + state.name() + ", across " + actors.get(power).name() + "'s red line"));
                    }
                }
            }
            for (Warning w : crossed) found.add(new Found(w, w.level()));
            return found;
        }

        /** P4 and P28: great powers inside a regional collective-security organisation with no alliance leaving one out. */
        Set<String> inclusiveOrder() {
            Set<String> balanceOfPower = new HashSet<>(); // regions
            for (Organisation alliance : organisations.values()) {
                if (!alliance.isAlliance() || !alliance.isActive()) continue;
                for (String power : greatPowers) {
                    if (actors.containsKey(power) && Objects.equals(region(power), alliance.region()) && !fullMember(power, alliance.id())) {
                        balanceOfPower.add(alliance.region());
                    }
                }
            }
            Set<String> included = new HashSet<>();
            for (Organisation o : organisations.values()) {
                if (!o.isCollectiveSecurity() || !o.isActive() || balanceOfPower.contains(o.region())) continue;
                boolean everyPower = true;
                for (String power : greatPowers) {
                    if (actors.containsKey(power) && (Objects.equals(region(power), o.region()) || "World".equals(o.region()))
                            && !fullMember(power, o.id())) {
                        everyPower = false;
                    }
                }
                if (!everyPower) continue;
                for (String power : greatPowers) {
                    if (actors.containsKey(power) && Objects.equals(region(power), o.region()) && fullMember(power, o.id())) included.add(power);
                }
            }
            return included;
        }

        /** P23: neutral states with binding guarantees from a great power and from a member of an alliance excluding it. */
        Set<String> guaranteedNeutral() {
            Set<String> neutral = new HashSet<>();
            for (Event n : events(EventKind.NEUTRALITY)) {
                String buffer = n.actor();
                if (!n.isBinding() || !actors.containsKey(buffer) || neutral.contains(buffer)) continue;
                boolean inAlliance = false;
                for (Organisation o : organisations.values()) {
                    if (o.isAlliance() && o.isActive() && fullMember(buffer, o.id())) inAlliance = true;
                }
                if (inAlliance) continue;
                boolean troops = false;
                for (Event t : events(EventKind.FOREIGN_TROOPS_STATIONED)) {
                    if (buffer.equals(t.actor()) && !t.date().isBefore(n.date())) troops = true;
                }
                if (troops) continue;
                List<Event> guarantees = new ArrayList<>();
                for (Event g : events(EventKind.SECURITY_GUARANTEE)) {
                    if (buffer.equals(g.target()) && g.isBinding()) guarantees.add(g);
                }
                search:
                for (String power : greatPowers) {
                    if (!actors.containsKey(power) || !guaranteedBy(guarantees, power)) continue;
                    for (Organisation alliance : organisations.values()) {
                        if (!alliance.isAlliance() || !alliance.isActive() || fullMember(power, alliance.id())) continue;
                        for (Membership m : memberships) {
                            if (m.organisation().equals(alliance.id()) && m.isFull() && guaranteedBy(guarantees, m.actor())) {
                                neutral.add(buffer);
                                break search;
                            }
                        }
                    }
                }
            }
            return neutral;
        }

        private static boolean guaranteedBy(List<Event> guarantees, String guarantor) {
            for (Event g : guarantees) if (guarantor.equals(g.actor()) || g.parties().contains(guarantor)) return true;
            return false;
        }
    }
}
