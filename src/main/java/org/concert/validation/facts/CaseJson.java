package org.concert.validation.facts;

import org.concert.casefile.Actor;
import org.concert.casefile.CaseFile;
import org.concert.casefile.Event;
import org.concert.casefile.EventKind;
import org.concert.casefile.Membership;
import org.concert.casefile.Organisation;
import org.concert.casefile.Source;
import org.concert.casefile.Span;
import org.concert.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** Writes a case in the format of {@code cases/case.schema.json}, so a generated case is read and checked like any other. */
public final class CaseJson {

    private CaseJson() {
    }

    public static ObjectNode tree(CaseFile c) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("id", c.id());
        root.put("title", c.title());
        ObjectNode period = root.putObject("period");
        period.put("from", c.period().from().toString());
        period.put("to", c.period().to().toString());
        if (c.summary() != null) root.put("summary", c.summary());
        ArrayNode actors = root.putArray("actors");
        for (Actor a : c.actors()) actors.add(actor(a));
        ArrayNode organisations = root.putArray("organisations");
        for (Organisation o : c.organisations()) organisations.add(organisation(o));
        ArrayNode memberships = root.putArray("memberships");
        for (Membership m : c.memberships()) memberships.add(membership(m));
        ArrayNode events = root.putArray("events");
        for (Event e : c.events()) events.add(event(e));
        root.putArray("outcomes");
        root.putArray("expectations");
        return root;
    }

    public static String write(CaseFile c) {
        return Json.pretty(tree(c));
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", a.id());
        n.put("name", a.name());
        if (a.region() != null) n.put("region", a.region());
        if (!a.borders().isEmpty()) strings(n.putArray("borders"), a.borders());
        if (!a.greatPower().isEmpty()) spans(n.putArray("greatPower"), a.greatPower());
        if (!a.nuclear().isEmpty()) spans(n.putArray("nuclear"), a.nuclear());
        n.set("source", source(a.source()));
        return n;
    }

    private static void spans(ArrayNode array, List<Span> spans) {
        for (Span s : spans) {
            ObjectNode n = array.addObject();
            n.put("from", s.from().toString());
            if (s.to() != null) n.put("to", s.to().toString());
            if (s.source() != null) n.set("source", source(s.source()));
        }
    }

    private static ObjectNode organisation(Organisation o) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", o.id());
        n.put("name", o.name());
        n.put("kind", o.kind().json());
        if (o.region() != null) n.put("region", o.region());
        n.put("founded", o.founded().toString());
        if (o.dissolved() != null) n.put("dissolved", o.dissolved().toString());
        if (o.adversary() != null) n.put("adversary", o.adversary());
        n.set("source", source(o.source()));
        return n;
    }

    private static ObjectNode membership(Membership m) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", m.id());
        n.put("actor", m.actor());
        n.put("organisation", m.organisation());
        n.put("from", m.from().toString());
        if (m.to() != null) n.put("to", m.to().toString());
        n.put("status", m.status().json());
        if (m.privileged()) n.put("privileged", true);
        n.set("source", source(m.source()));
        return n;
    }

    private static ObjectNode event(Event e) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", e.id());
        n.put("date", e.date().toString());
        n.put("kind", e.kind().json());
        n.put("title", e.title());
        if (e.actor() != null) n.put("actor", e.actor());
        if (e.target() != null) n.put("target", e.target());
        if (e.organisation() != null) n.put("organisation", e.organisation());
        boolean settles = e.kind() == EventKind.SETTLEMENT || e.kind() == EventKind.WAR_ENDED;
        if (!e.parties().isEmpty() || settles) strings(n.putArray("parties"), e.parties());
        if (!e.losers().isEmpty() || e.kind() == EventKind.WAR_ENDED) strings(n.putArray("losers"), e.losers());
        if (!e.acceptedBy().isEmpty() || e.kind() == EventKind.SETTLEMENT) strings(n.putArray("acceptedBy"), e.acceptedBy());
        if (e.binding() != null) n.put("binding", e.binding());
        if (e.granted() != null) n.put("granted", e.granted());
        if (e.imposed() != null) n.put("imposed", e.imposed());
        if (e.foreignBacked() != null) n.put("foreignBacked", e.foreignBacked());
        if (e.heavy() != null) n.put("heavy", e.heavy());
        if (e.amount() != null) n.put("amount", e.amount());
        if (e.year() != null) n.put("year", e.year());
        if (e.move() != null) n.put("move", e.move().json());
        n.set("source", source(e.source()));
        return n;
    }

    private static ObjectNode source(Source s) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("author", s.author());
        n.put("year", s.year());
        if (s.title() != null) n.put("title", s.title());
        if (s.url() != null) n.put("url", s.url());
        if (s.pages() != null) n.put("pages", s.pages());
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
