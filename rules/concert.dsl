# Concert's controlled language: sentences an analyst can write in a .dslr rule instead of DRL.
# Each sentence expands into the DRL on the right of '='; {word} is a blank the analyst fills in,
# e.g. "warn HIGH that ..." or "... as often as p19-declarations-for-red-line says".
# Rule metadata stays as in DRL: @proposition("P13") @section("3") @paraphrase("...").
# Examples: rules/examples/*.dslr, twins of the DRL rules of the exclusion and buffer-state themes.

# ---- Constellation ----------------------------------------------------------------------------
[when]an alliance has outlived its adversary=Conclusion( kind == "alliance-without-adversary", $allianceId: subject ) $alliance: Organisation( id == $allianceId )
[when]a great power of the alliance's region is not a full member of it=GreatPower( $power: actor ) $who: Actor( id == $power, region == $alliance.region ) not Membership( actor == $power, organisation == $allianceId, isFull() )

# ---- Exclusion --------------------------------------------------------------------------------
[when]a great power is excluded from an alliance=Conclusion( kind == "excluded-great-power", $power: subject, $allianceId: object ) $who: Actor( id == $power )
[when]a great power is excluded from that alliance=Conclusion( kind == "excluded-great-power", object == $allianceId, $power: subject ) $who: Actor( id == $power )
[when]the great power is only a partner of some organisation=$partnership: Membership( actor == $power, status == MembershipStatus.PARTNER )
[when]the great power is an unequal partner=Conclusion( kind == "unequal-partnership", subject == $power )
[when]the alliance has refused its requests to join=$refusals: List( size > 0 ) from collect( Event( kind == EventKind.MEMBERSHIP_REQUESTED, actor == $power, organisation == $allianceId, !isGranted() ) )
[when]the alliance enlarged after its adversary dissolved=$alliance: Organisation( id == $allianceId ) $adversary: Organisation( id == $alliance.adversary, dissolved != null ) $round: Event( kind == EventKind.ENLARGEMENT, organisation == $allianceId, date > $adversary.dissolved )
[when]some new members come from the great power's region=exists ( $member: String() from $round.parties() and Actor( id == $member, region == $who.region ) )
[when]the alliance has enlarged towards the great power=Conclusion( kind == "enlargement-towards", subject == $power )
[when]an assurance was given to a great power that an alliance would not expand=$assurance: Event( kind == EventKind.ASSURANCE_GIVEN, $power: target, $allianceId: organisation ) $who: Actor( id == $power )
[when]the alliance enlarged towards the great power after the assurance=$expansion: Conclusion( kind == "enlargement-towards", subject == $power ) $round: Event( id == $expansion.object, organisation == $allianceId, date > $assurance.date )
[when]an assurance to a great power was broken=Conclusion( kind == "broken-assurance", $power: subject ) $who: Actor( id == $power )
[when]there is a warning of kind {kind} about a great power=$warning: Warning( kind == "{kind}", $power: actors[0] )
[when]its requests to join were refused at least as often as {parameter} says=Parameter( name == "{parameter}", $needed: value ) $refusals: List( size >= $needed ) from collect( Event( kind == EventKind.MEMBERSHIP_REQUESTED, actor == $power, !isGranted() ) ) Conclusion( kind == "refused-membership", subject == $power )
[when]a binding assurance to it was broken=Conclusion( kind == "broken-assurance", subject == $power, $assuranceId: object ) $assurance: Event( id == $assuranceId, isBinding() )
[when]the alliance enlarged towards it at least as often as {parameter} says=Parameter( name == "{parameter}", $needed: value ) $rounds: List( size >= $needed ) from collect( Conclusion( kind == "enlargement-towards", subject == $power ) )
[when]there is a warning concerning a great power=$warning: Warning() $power: String() from $warning.actors() GreatPower( actor == $power )
[when]senior experts have predicted conflict with it=$experts: List( size > 0 ) from collect( Event( kind == EventKind.EXPERT_WARNING, target == $power, organisation == null || $warning.concerns(organisation) ) )

# ---- Buffer states ----------------------------------------------------------------------------
[when]a great power was invaded through another state=GreatPower( $power: actor ) exists Event( kind == EventKind.INVASION_ROUTE, target == $power ) $shielded: Actor( id == $power ) $buffer: Actor( id != $power ) exists Event( kind == EventKind.INVASION_ROUTE, actor == $buffer.id, target == $power ) $routes: List( size > 0 ) from collect( Event( kind == EventKind.INVASION_ROUTE, actor == $buffer.id, target == $power ) )
[when]a great power warned a neighbour off the alliance at least as often as {parameter} says=GreatPower( $power: actor ) $shielded: Actor( id == $power ) $buffer: Actor( id != $power, borders contains $power || $shielded.borders contains id ) Parameter( name == "{parameter}", $needed: value ) $declarations: List( size >= $needed ) from collect( Event( kind == EventKind.RED_LINE_DECLARED, actor == $power, target == $buffer.id ) )
[when]no inclusive order holds the great power=not Conclusion( kind == "inclusive-order", subject == $power )
[when]a state is a buffer state for a great power=Conclusion( kind == "buffer-state", $buffer: subject, $power: object ) $who: Actor( id == $power ) $state: Actor( id == $buffer )
[when]the great power declared against its membership of an alliance at least as often as {parameter} says=Parameter( name == "{parameter}", $needed: value ) $alliance: Organisation( isAlliance() ) exists Event( kind == EventKind.RED_LINE_DECLARED, actor == $power, target == $buffer, organisation == $alliance.id ) $declarations: List( size >= $needed ) from collect( Event( kind == EventKind.RED_LINE_DECLARED, actor == $power, target == $buffer, organisation == $alliance.id ) )
[when]an alliance promised membership to a state=$promise: Event( kind == EventKind.MEMBERSHIP_PROMISED, $allianceId: organisation ) $buffer: String() from $promise.parties()
[when]a great power drew a red line on that state's membership of the alliance=Conclusion( kind == "red-line", subject == $buffer, object == $allianceId ) Conclusion( kind == "buffer-state", subject == $buffer, $power: object ) $who: Actor( id == $power ) $state: Actor( id == $buffer )
[when]the alliance excludes the great power=Conclusion( kind == "excluded-great-power", subject == $power, object == $allianceId )
[when]the state is not neutral with guarantees from both sides=not Conclusion( kind == "guaranteed-neutral", subject == $buffer )
[when]the great power's threat was dismissed as bluff=$threat: Event( kind == EventKind.THREAT_MADE, actor == $power ) $dismissal: Event( kind == EventKind.THREAT_DISMISSED, target == $power, date >= $threat.date )

# ---- Conclusions ------------------------------------------------------------------------------
[then]conclude that the great power is excluded from the alliance=insertLogical(new Conclusion("excluded-great-power", $power, $allianceId, $who.name() + " is excluded from the security order built on " + $alliance.name()));
[then]conclude that the great power is only an unequal partner=insertLogical(new Conclusion("unequal-partnership", $power, $partnership.organisation(), $who.name() + " is only a partner of " + $partnership.organisation() + ", without a voice in inner deliberations"));
[then]conclude that its requests were refused=insertLogical(new Conclusion("refused-membership", $power, $allianceId, $who.name() + "'s requests to join " + $allianceId + " were refused " + $refusals.size() + " time(s)"));
[then]conclude that the alliance enlarged towards the great power=insertLogical(new Conclusion("enlargement-towards", $power, $round.id(), $alliance.name() + " enlarged towards " + $who.name() + " on " + $round.date() + " (" + String.join(", ", $round.parties()) + ")"));
[then]conclude that the assurance was broken=insertLogical(new Conclusion("broken-assurance", $power, $assurance.id(), "The " + ($assurance.isBinding() ? "binding" : "non-binding") + " assurance to " + $who.name() + " (" + $assurance.title() + ") was followed by the enlargement of " + $round.date()));
[then]conclude that the state is a buffer state for the great power by its invasion routes=insertLogical(new Conclusion("buffer-state", $buffer.id(), $power, $shielded.name() + " regards " + $buffer.name() + " as a buffer state: invaded through it " + $routes.size() + " time(s)"));
[then]conclude that the neighbour is a buffer state for the great power by its warnings=insertLogical(new Conclusion("buffer-state", $buffer.id(), $power, $shielded.name() + " regards its neighbour " + $buffer.name() + " as a buffer state: it warned it off the alliance " + $declarations.size() + " times"));
[then]conclude that the great power has drawn a red line=insertLogical(new Conclusion("red-line", $buffer, $alliance.id(), $who.name() + " has declared, " + $declarations.size() + " times, that " + $state.name() + " must never join " + $alliance.name()));

# ---- Warnings and their levels ----------------------------------------------------------------
[then]warn {level} that the alliance carries on without its adversary=insertLogical(new Warning("alliance-without-adversary", $allianceId + " carries on without its adversary, excluding " + $who.name(), Level.{level}, List.of($allianceId, $power)));
[then]warn {level} that the great power is excluded and humiliated=insertLogical(new Warning("exclusion", $who.name() + " is excluded from the security order: a partner without a voice", Level.{level}, List.of($power, $allianceId)));
[then]warn {level} of distrust over the broken assurances=insertLogical(new Warning("broken-assurance", "Distrust: assurances to " + $who.name() + " of no expansion were broken", Level.{level}, List.of($power)));
[then]warn {level} that the alliance enlarges towards the excluded great power=insertLogical(new Warning("enlargement-towards", $allianceId + " enlarges towards excluded " + $who.name(), Level.{level}, List.of($power, $allianceId)));
[then]warn {level} that the alliance crossed the great power's red line=insertLogical(new Warning("red-line-crossed", $allianceId + " promised membership to " + $state.name() + ", across " + $who.name() + "'s red line", Level.{level}, List.of($power, $buffer, $allianceId)));
[then]warn {level} of {kind} concerning the great power: "{title}"=insertLogical(new Warning("{kind}", "{title}", Level.{level}, List.of($power)));
[then]raise the warning by {steps} because its requests were refused=insertLogical(new LevelChange($warning, {steps}, $refusals.size() + " requests to join refused"));
[then]raise the warning by {steps} because a binding assurance was broken=insertLogical(new LevelChange($warning, {steps}, "a binding assurance was broken"));
[then]raise the warning by {steps} for the rounds of enlargement=insertLogical(new LevelChange($warning, {steps}, $rounds.size() + " rounds of enlargement"));
[then]raise the warning by {steps} because the threat was called a bluff=insertLogical(new LevelChange($warning, {steps}, "threat dismissed as bluff"));
[then]note that the experts corroborate the warning=insertLogical(new LevelChange($warning, 0, $experts.size() + " senior expert(s) predicted conflict with " + $power));
