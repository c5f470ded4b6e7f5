# Concert's controlled language: sentences an analyst writes in a .dslr rule instead of DRL. Each
# sentence expands into the DRL on the right of '=', one line into one line; {word} is a blank the
# analyst fills in: a parameter of parameters.yaml, a level (NOTICE, ELEVATED, HIGH, CRITICAL), a number of
# steps (+1, -1, 0) or a warning type of the vocabulary (Exclusion, Distrust, Insecurity, RedLineCrossed, ...).
# The sentences name things as a rule about them would: "a great power" (then "the great power", "it"),
# "an alliance" ("the alliance"), "a state" ("the state"), "a warning" ("the warning").
# Rule metadata stays as in DRL: @proposition, @section, @paraphrase, and @statement for the sentence
# the rule's conclusion or warning says, e.g. @statement("{$who.name} is excluded from {$alliance.name}").

# ---- Great powers, alliances, states ---------------------------------------------------------------
[when]a great power of the alliance's region is not a full member of it=GreatPower( $power: actor ) $who: Actor( id == $power, region == $alliance.region ) not Membership( actor == $power, organisation == $allianceId, isFull() )
[when]a great power borders another state=GreatPower( $power: actor ) $who: Actor( id == $power ) $state: Actor( id != $power, borders contains $power || $who.borders contains id, $buffer: id )
[when]a great power was invaded through another state=GreatPower( $power: actor ) exists Event( kind == EventKind.INVASION_ROUTE, target == $power ) $who: Actor( id == $power ) $state: Actor( id != $power, $buffer: id ) exists Event( kind == EventKind.INVASION_ROUTE, actor == $buffer, target == $power ) $routes: List( size > 0 ) from collect( Event( kind == EventKind.INVASION_ROUTE, actor == $buffer, target == $power ) )
[when]the great power is only a partner of some organisation=$partnership: Membership( actor == $power, status == MembershipStatus.PARTNER, $partnershipId: organisation )
[when]no inclusive order holds the great power=not InclusiveOrder( power == $power )

# ---- What the great power has concluded or suffered (conclusions) ----------------------------------
[when]the alliance has outlived its adversary=AllianceWithoutAdversary( $allianceId: alliance ) $alliance: Organisation( id == $allianceId )
[when]a great power is excluded from an alliance=ExcludedGreatPower( $power: power, $allianceId: alliance ) $who: Actor( id == $power )
[when]a great power is excluded from that alliance=ExcludedGreatPower( alliance == $allianceId, $power: power ) $who: Actor( id == $power )
[when]the alliance excludes the great power=ExcludedGreatPower( power == $power, alliance == $allianceId )
[when]the great power is an unequal partner=UnequalPartnership( power == $power )
[when]the alliance has enlarged towards the great power=EnlargementTowards( power == $power )
[when]an assurance to a great power was broken=BrokenAssurance( $power: power ) $who: Actor( id == $power )
[when]a binding assurance to it was broken=BrokenAssurance( power == $power, $assuranceId: assurance ) $assurance: Event( id == $assuranceId, isBinding() )
[when]a state is a buffer state for a great power=BufferState( $buffer: state, $power: power ) $who: Actor( id == $power ) $state: Actor( id == $buffer )
[when]a great power drew a red line on that state's joining the alliance=RedLine( state == $buffer, alliance == $allianceId ) BufferState( state == $buffer, $power: power ) $who: Actor( id == $power ) $state: Actor( id == $buffer )
[when]the state is not neutral with guarantees from both sides=not GuaranteedNeutral( state == $buffer )

# ---- What happened (events), counted against a parameter where the paper says "repeatedly" --------
[when]the alliance refused its requests to join=$refusals: List( size > 0 ) from collect( Event( kind == EventKind.MEMBERSHIP_REQUESTED, actor == $power, organisation == $allianceId, !isGranted() ) )
[when]its requests to join were refused at least as often as {parameter} says=Parameter( name == "{parameter}", $needed: value ) $refusals: List( size >= $needed ) from collect( Event( kind == EventKind.MEMBERSHIP_REQUESTED, actor == $power, !isGranted() ) ) RefusedMembership( power == $power )
[when]the alliance enlarged after its adversary dissolved=$alliance: Organisation( id == $allianceId ) $adversary: Organisation( id == $alliance.adversary, dissolved != null ) $round: Event( kind == EventKind.ENLARGEMENT, organisation == $allianceId, date > $adversary.dissolved, $roundId: id )
[when]some new members come from the great power's region=exists ( $member: String() from $round.parties() and Actor( id == $member, region == $who.region ) )
[when]the alliance enlarged towards it at least as often as {parameter} says=Parameter( name == "{parameter}", $needed: value ) $rounds: List( size >= $needed ) from collect( EnlargementTowards( power == $power ) )
[when]a great power was assured that an alliance would not expand=$assurance: Event( kind == EventKind.ASSURANCE_GIVEN, $power: target, $allianceId: organisation, $assuranceId: id ) $who: Actor( id == $power )
[when]the alliance enlarged towards the great power after the assurance=$expansion: EnlargementTowards( power == $power ) $round: Event( id == $expansion.round, organisation == $allianceId, date > $assurance.date )
[when]the great power warned that state off joining an alliance at least as often as {parameter} says=Parameter( name == "{parameter}", $needed: value ) $declarations: List( size >= $needed ) from collect( Event( kind == EventKind.RED_LINE_DECLARED, actor == $power, target == $buffer ) )
[when]the great power declared against its joining an alliance at least as often as {parameter} says=Parameter( name == "{parameter}", $needed: value ) $alliance: Organisation( isAlliance(), $allianceId: id ) exists Event( kind == EventKind.RED_LINE_DECLARED, actor == $power, target == $buffer, organisation == $alliance.id ) $declarations: List( size >= $needed ) from collect( Event( kind == EventKind.RED_LINE_DECLARED, actor == $power, target == $buffer, organisation == $alliance.id ) )
[when]an alliance promised membership to a state=$promise: Event( kind == EventKind.MEMBERSHIP_PROMISED, $allianceId: organisation ) $buffer: String() from $promise.parties()
[when]the great power's threat was dismissed as bluff=$threat: Event( kind == EventKind.THREAT_MADE, actor == $power ) $dismissal: Event( kind == EventKind.THREAT_DISMISSED, target == $power, date >= $threat.date )
[when]senior experts have predicted conflict with it=$experts: List( size > 0 ) from collect( Event( kind == EventKind.EXPERT_WARNING, target == $power, organisation == null || $warning.concerns(organisation) ) )

# ---- Warnings ---------------------------------------------------------------------------------------
[when]there is a warning of {warning} about a great power=$warning: {warning}( $power: power )
[when]there is a warning concerning a great power=$warning: Warning() $power: String() from $warning.actors() GreatPower( actor == $power )

# ---- Conclusions: what the rule concludes, one vocabulary type each --------------------------------
[then]conclude that the great power is excluded from the alliance=conclude(new ExcludedGreatPower($power, $allianceId));
[then]conclude that the great power is an unequal partner of that organisation=conclude(new UnequalPartnership($power, $partnershipId));
[then]conclude that the alliance refused the great power=conclude(new RefusedMembership($power, $allianceId));
[then]conclude that the alliance enlarged towards the great power=conclude(new EnlargementTowards($power, $roundId));
[then]conclude that the assurance was broken=conclude(new BrokenAssurance($power, $assuranceId));
[then]conclude that the state is a buffer state for the great power=conclude(new BufferState($buffer, $power));
[then]conclude that the great power drew a red line on the state's joining the alliance=conclude(new RedLine($buffer, $allianceId, $power));

# ---- Warnings and their levels ----------------------------------------------------------------------
[then]warn {level} that the alliance carries on without its adversary=warn({level}, new AberrantAlliance($allianceId, $power));
[then]warn {level} that the great power is excluded and humiliated=warn({level}, new Exclusion($power, $allianceId));
[then]warn {level} of distrust=warn({level}, new Distrust($power));
[then]warn {level} that the alliance enlarges towards the excluded great power=warn({level}, new Insecurity($power, $allianceId));
[then]warn {level} that the alliance crossed the great power's red line=warn({level}, new RedLineCrossed($power, $buffer, $allianceId));
[then]raise the warning by {steps}=adjust($warning, {steps});
[then]corroborate the warning=adjust($warning, 0);
