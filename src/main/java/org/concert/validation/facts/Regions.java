package org.concert.validation.facts;

/**
 * A state's region from its Correlates of War code: COW numbers states in regional blocks (2–199 the Americas,
 * 200–399 Europe, 400–599 Africa, 600–699 the Middle East and North Africa, 700–999 Asia and Oceania). No data
 * set here names regions, and the rules compare an actor's region with an organisation's, so this is derived.
 */
public final class Regions {

    public static final String WORLD = "World";

    private Regions() {
    }

    public static String of(int ccode) {
        if (ccode < 200) return "Americas";
        if (ccode < 400) return "Europe";
        if (ccode < 600) return "Africa";
        if (ccode < 700) return "Middle East";
        return "Asia";
    }
}
