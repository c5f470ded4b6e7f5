package org.concert.casefile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second coding of the judgement fields (docs/codebook.md, "Second coding"): one row per value a
 * coder must decide — {@code imposed} and, per party, {@code acceptedBy} of each settlement; {@code binding}
 * of each assurance, guarantee and neutrality — with what the coder needs to find the sources, and the
 * value left blank. Counterfactual cases are left out: their facts are assumptions or copies.
 */
public final class CodingSheet {

    static final String[] HEADER = {"unit", "case", "fact", "kind", "date", "title", "parties", "field", "party", "value", "source"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    /** One value to code: {@code value} is the case file's ("yes"/"no"), never written to the blinded sheet. */
    public record Unit(String unit, String caseId, String fact, String kind, String date, String title, String parties,
                       String field, String party, String value, String source) {
    }

    private CodingSheet() {
    }

    public static List<Unit> units(List<CaseFile> cases) {
        List<Unit> units = new ArrayList<>();
        for (CaseFile c : cases) {
            if (c.outcomeRule() != null && c.outcomeRule().isCounterfactual()) continue;
            for (Event e : c.events()) {
                String parties = String.join(" ", partiesOf(e));
                String source = e.source().cite();
                switch (e.kind()) {
                    case SETTLEMENT -> {
                        units.add(unit(c, e, parties, "imposed", "", yes(e.isImposed()), source));
                        for (String party : e.parties()) {
                            units.add(unit(c, e, parties, "acceptedBy", party, yes(e.acceptedBy().contains(party)), source));
                        }
                    }
                    case ASSURANCE_GIVEN, SECURITY_GUARANTEE, NEUTRALITY ->
                            units.add(unit(c, e, parties, "binding", "", yes(e.isBinding()), source));
                    default -> {
                    }
                }
            }
        }
        return units;
    }

    /** The sheet for a second coder: every unit with its value blank. */
    public static String blinded(List<Unit> units) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT.builder().setHeader(HEADER).get())) {
            for (Unit u : units) {
                csv.printRecord(u.unit(), u.caseId(), u.fact(), u.kind(), u.date(), u.title(), u.parties(), u.field(), u.party(), "", u.source());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The values of a filled sheet by unit ("yes"/"no", blank when the coder left it open). */
    public static Map<String, String> read(Reader sheet) {
        Map<String, String> values = new LinkedHashMap<>();
        try (CSVParser csv = CSVParser.builder().setReader(sheet)
                .setFormat(FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : csv) {
                String value = r.get("value").trim().toLowerCase();
                if (!value.isEmpty() && !value.equals("yes") && !value.equals("no")) {
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + " (" + r.get("unit") + "): value \""
                            + r.get("value") + "\" is neither yes nor no");
                }
                values.put(r.get("unit"), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static Unit unit(CaseFile c, Event e, String parties, String field, String party, String value, String source) {
        String id = c.id() + "/" + e.id() + "/" + field + (party.isEmpty() ? "" : "/" + party);
        return new Unit(id, c.id(), e.id(), e.kind().json(), e.date().toString(), e.title(), parties, field, party, value, source);
    }

    private static List<String> partiesOf(Event e) {
        List<String> all = new ArrayList<>();
        if (e.actor() != null) all.add(e.actor());
        if (e.target() != null && !all.contains(e.target())) all.add(e.target());
        for (String p : e.parties()) if (!all.contains(p)) all.add(p);
        return all;
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
