package org.concert.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The vocabulary of dated events, taken from the paper's propositions. The JSON name is the
 * lower-case, hyphenated constant ({@code MEMBERSHIP_PROMISED} is {@code "membership-promised"}).
 */
public enum EventKind {
    /** A war begins; {@code parties}, optionally the aggressor as {@code actor}. */
    WAR_STARTED,
    /** A war ends; {@code parties} and the defeated {@code losers} (P7). */
    WAR_ENDED,
    /** A peace settlement; {@code target} the loser, {@code imposed}, {@code acceptedBy} (P9, P24). */
    SETTLEMENT,
    /** The loser denounces the settlement as a Diktat; {@code actor} (P9). */
    SETTLEMENT_DENOUNCED,
    /** An organisation admits new full members ({@code organisation}, {@code parties}) (P17). */
    ENLARGEMENT,
    /** {@code actor} assures {@code target} that {@code organisation} will not expand; {@code binding} (P16). */
    ASSURANCE_GIVEN,
    /** {@code actor} asks to join {@code organisation}; {@code granted} (P15). */
    MEMBERSHIP_REQUESTED,
    /** {@code organisation} promises future membership to {@code parties} (P20). */
    MEMBERSHIP_PROMISED,
    /** {@code actor} declares it will never accept {@code target} in {@code organisation} (P19). */
    RED_LINE_DECLARED,
    /** {@code actor} threatens {@code target} (P21). */
    THREAT_MADE,
    /** {@code actor} dismisses a threat by {@code target} as bluff (P21). */
    THREAT_DISMISSED,
    /** A senior expert predicts conflict with {@code target} over {@code organisation}'s course (P22). */
    EXPERT_WARNING,
    /** An invasion of {@code target} went through {@code actor} (P18). */
    INVASION_ROUTE,
    /** A colour revolution in {@code actor}; {@code foreignBacked} (P2). */
    COLOUR_REVOLUTION,
    /** Mass protest against the government of {@code actor} (P2). */
    DOMESTIC_PROTEST,
    /** The government of {@code actor} tightens control of the media (P2). */
    MEDIA_CONTROL,
    /** A leader of {@code actor} declares revisionist aims (P1). */
    REVISIONIST_DECLARATION,
    /** {@code actor} attacks or annexes (part of) {@code target} (P1, P12). */
    AGGRESSION,
    /** {@code organisation} authorises a collective response against {@code target} (P12). */
    COLLECTIVE_RESPONSE_AUTHORISED,
    /** {@code actor} adopts neutrality; {@code binding} when in law or treaty (P23). */
    NEUTRALITY,
    /** {@code actor} guarantees the security of {@code target}; {@code binding} (P23). */
    SECURITY_GUARANTEE,
    /** Foreign troops ({@code parties}) are stationed in {@code actor} (P23). */
    FOREIGN_TROOPS_STATIONED,
    /** {@code actor} supplies arms to {@code target}; {@code heavy} (P26). */
    ARMS_SUPPLY,
    /** {@code actor} suffers a major battlefield reverse (P26). */
    BATTLEFIELD_REVERSE,
    /** {@code actor} spends {@code amount} billion US$ on defence in {@code year} (P29). */
    DEFENCE_SPENDING,
    /** Autonomy is agreed for a contested region of {@code actor} (P25). */
    AUTONOMY_AGREED,
    /** {@code parties} open peace talks (P27). */
    PEACE_TALKS,
    /** {@code actor}'s power collapses (P5). */
    POWER_COLLAPSE,
    /** {@code actor}'s power rises sharply (P5). */
    POWER_RISE,

    // The general vocabulary (issue 15): moves between states that the propositions' logic needs beyond
    // the paper's own cases. Which rules read each kind is in docs/codebook.md.

    /** {@code actor} deploys forces, bases or weapons on the territory of {@code target}; {@code heavy} for nuclear or long-range systems. */
    MILITARY_DEPLOYMENT,
    /** {@code actor} claims the states in {@code parties} as its sphere of influence or security zone (P6). */
    SPHERE_CLAIMED,
    /** {@code actor} aligns with {@code target}, a rival of a great power, short of alliance. */
    ALIGNMENT,
    /** {@code actor} assures {@code target} it will refrain from a {@code move} (a kind of event); {@code binding}. */
    RESTRAINT_ASSURED,
    /** {@code actor} declares it will not accept a {@code move} (a kind of event) by or into {@code target} or the states in {@code parties}. */
    RED_LINE_DRAWN,
    /** Foreign troops ({@code parties}) leave {@code actor}: the end of a stationing. */
    FOREIGN_TROOPS_WITHDRAWN,
    /** The terms a settlement set for {@code target} are revised by {@code parties}; {@code acceptedBy}. */
    SETTLEMENT_REVISED,
    /** {@code parties} agree to stop fighting without a peace and without a loser. */
    ARMISTICE,
    /** {@code actor} claims territory held by {@code target}. */
    TERRITORIAL_CLAIM,
    /** {@code actor} mobilises its armed forces, against {@code target} where stated. */
    MOBILISATION,
    /** {@code actor} holds military exercises or weapons tests aimed at {@code target}. */
    MILITARY_EXERCISE,
    /** {@code actor} gives {@code target} an ultimatum: demands with a time limit, backed by force. */
    ULTIMATUM,
    /** {@code actor} invokes {@code organisation}'s commitment to its defence, against {@code target} where named. */
    ALLIANCE_INVOKED,
    /** {@code actor} declares independence from {@code target}. */
    INDEPENDENCE_DECLARED,
    /** {@code actor} recognises {@code target} as an independent state. */
    RECOGNITION,
    /** {@code actor} (or {@code organisation}) imposes economic or diplomatic sanctions on {@code target}. */
    SANCTIONS,
    /** {@code actor} vetoes a decision of, or boycotts, an organ of {@code organisation}. */
    VETO_OR_BOYCOTT,
    /** {@code actor} transfers arms to {@code target} in peacetime; {@code heavy}. */
    ARMS_TRANSFER,
    /** {@code actor} supports armed groups (separatists, insurgents) fighting in {@code target}. */
    ARMED_GROUPS_SUPPORTED,
    /** An armed incident between {@code actor} and {@code target} short of an attack. */
    ARMED_INCIDENT,
    /** The government of {@code actor} is overthrown or replaced; {@code parties} the foreign states that brought it about. */
    REGIME_CHANGE;

    /** The JSON name, computed once: summaries of facts ask for it on every evaluation. */
    private final String json = name().toLowerCase().replace('_', '-');

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static EventKind fromJson(String name) {
        return valueOf(name.toUpperCase().replace('-', '_'));
    }
}
