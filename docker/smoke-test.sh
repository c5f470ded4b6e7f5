#!/usr/bin/env bash
# Runs Concert's image as it is meant to run, and checks it from outside, as an operator would:
#   docker/smoke-test.sh IMAGE
# The server runs as a non-root user on a read-only root file system (a tmpfs on /tmp), with a
# copy of the repository's rules/ mounted writable at /rules and a fresh volume at /audit. Checks:
# health; an evaluation; rule authoring behind the analyst password; a forbidden rule refused by the
# gate with nothing changed; an accepted change through the gate; then a new container on the same
# rules/ and volume, which serves the changed rules and still has the change in its audit log.
# Prints a PASS or FAIL line per check and ends with "container: N passed, N failed".
#
# Environment: DOCKER (the client, default docker), DOCKER_RUN_OPTIONS (extra options for
# `docker run`; the container always shares the host's network and listens on 127.0.0.1 only),
# CONCERT_SMOKE_START_SECONDS (how long the server may take to become healthy, default 300).
set -uo pipefail

image=${1:?usage: smoke-test.sh IMAGE}
docker=${DOCKER:-docker}
read -r -a run_options <<<"${DOCKER_RUN_OPTIONS:-}"
# bubblewrap cannot make its namespaces inside a default Docker container (seccomp), so the operator of this
# container opts out of it explicitly: candidate rules still compile in a child JVM under prlimit, never in the
# server, and the container (read-only root, non-root user) confines that child. README: threat model.
confinement=${CONCERT_SMOKE_CONFINEMENT:-none}
start_seconds=${CONCERT_SMOKE_START_SECONDS:-300}
repo=$(cd "$(dirname "$0")/.." && pwd)

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "FAIL: the smoke test needs $tool (apt-get install $tool)"; exit 1; }
done

passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
check() { # check DESCRIPTION COMMAND...: PASS when the command succeeds
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
finish() {
  echo "container: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

# What an interrupted run left behind (stopped containers, then their unused volumes).
"$docker" ps -aq --filter name=concert-smoke- --filter status=exited --filter status=created | xargs -r "$docker" rm >/dev/null 2>&1
"$docker" volume ls -q --filter name=concert-smoke- | xargs -r "$docker" volume rm >/dev/null 2>&1

# Everything this run makes is named after it, and removed at exit.
run=concert-smoke-$$
work=$(mktemp -d)
containers=()
cleanup() {
  for c in "${containers[@]}"; do "$docker" rm -f "$c" >/dev/null 2>&1; done
  "$docker" volume rm -f "$run-audit" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

# A port nobody listens on (the container shares the host's network).
port=
for p in $(seq 18080 18180); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { fail "no free port in 18080–18180"; finish; }
base=http://127.0.0.1:$port
password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')

# The rules/ an operator mounts: a copy, so that the accepted change never touches the checkout.
cp -r "$repo/rules" "$work/rules"
chown -R 10001 "$work/rules"
"$docker" volume create "$run-audit" >/dev/null

start() { # start NAME: a container on the shared rules/ and audit volume; waits until healthy
  local name=$1
  containers+=("$name")
  if ! "$docker" run -d --name "$name" --network host --read-only --tmpfs /tmp "${run_options[@]}" \
         -v "$work/rules:/rules" -v "$repo/cases:/cases:ro" -v "$run-audit:/audit" \
         -e SERVER_ADDRESS=127.0.0.1 -e SERVER_PORT="$port" \
         -e CONCERT_SANDBOX_CONFINEMENT="$confinement" \
         -e CONCERT_SECURITY_ANALYST_NAME=analyst -e CONCERT_SECURITY_ANALYST_PASSWORD="$password" \
         "$image" >/dev/null; then
    fail "$name: docker run $image"
    finish
  fi
  local t0=$SECONDS
  while [ $((SECONDS - t0)) -lt "$start_seconds" ]; do
    if [ "$("$docker" inspect -f '{{.State.Running}}' "$name" 2>/dev/null)" != true ]; then
      fail "$name: the server stopped while starting (exit code $("$docker" inspect -f '{{.State.ExitCode}}' "$name")); its log:"
      "$docker" logs --tail 60 "$name" 2>&1 | sed 's/^/    /'
      finish
    fi
    if [ "$(curl -s --max-time 5 "$base/actuator/health" | jq -r .status 2>/dev/null)" = UP ]; then
      pass "$name: healthy after $((SECONDS - t0)) s (GET /actuator/health is UP)"
      return
    fi
    sleep 1
  done
  fail "$name: not healthy within $start_seconds s; its log:"
  "$docker" logs --tail 60 "$name" 2>&1 | sed 's/^/    /'
  finish
}

get() { curl -s --max-time 60 "$@"; }
status() { curl -s --max-time 120 -o "$work/body" -w '%{http_code}' "$@"; }
analyst=(-u "analyst:$password")

# --- the first container -------------------------------------------------------------------------
start "$run-1"

uid=$("$docker" exec "$run-1" awk '/^Uid:/ {print $2}' /proc/1/status)
check "the server (pid 1) runs as a non-root user (uid $uid)" test -n "$uid" -a "$uid" != 0
check "the root file system is read-only (docker inspect)" \
  test "$("$docker" inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$run-1")" = true
if "$docker" exec "$run-1" touch /app/probe 2>"$work/touch"; then
  fail "writing to /app fails (it succeeded)"
else
  pass "writing to /app fails: $(tr -d '\n' <"$work/touch" | cut -c1-80)"
fi
check "liveness and readiness probes are UP" \
  test "$(get "$base/actuator/health/liveness" | jq -r .status)/$(get "$base/actuator/health/readiness" | jq -r .status)" = UP/UP

version=$(get "$base/api/rules" | jq -r .version)
code=$(status "$base/api/cases/russia-west-1990-2022/evaluation?asOf=2008-04-04")
warnings=$(jq -r '.warnings | length' "$work/body" 2>/dev/null)
check "an evaluation (Russia and the West as of 2008-04-04): HTTP $code, $warnings warning(s), rules $version" \
  test "$code" = 200 -a "${warnings:-0}" -gt 0 -a "$(jq -r .rules "$work/body")" = "$version"

file=$(get "${analyst[@]}" "$base/api/rules/files" | jq -r '[.[] | select(endswith(".drl"))][0]')
[ -n "$file" ] && [ "$file" != null ] || { fail "the analyst lists the rule files"; finish; }
original=$(get "${analyst[@]}" "$base/api/rules/files/$file" | jq -r .text)
check "rule files are behind the analyst password (GET /api/rules/files without it: 401)" \
  test "$(status "$base/api/rules/files")" = 401
check "a rule change without the password is refused (PUT: 401)" \
  test "$(status -X PUT -H 'Content-Type: application/json' --data-binary "$(printf '%s' "$original" | jq -Rs '{text: .}')" "$base/api/rules/files/$file")" = 401
check "a wrong password is refused (PUT: 401)" \
  test "$(status -u analyst:wrong -X PUT -H 'Content-Type: application/json' --data-binary "$(printf '%s' "$original" | jq -Rs '{text: .}')" "$base/api/rules/files/$file")" = 401

# A rule that would stop the server: the gate refuses it, and nothing changes.
printf '%s\n\nrule "Container smoke test: a forbidden consequence"\nwhen\nthen\n    System.exit(1);\nend\n' "$original" >"$work/forbidden.drl"
jq -Rs '{text: .}' "$work/forbidden.drl" >"$work/forbidden.json"
code=$(status "${analyst[@]}" -X PUT -H 'Content-Type: application/json' --data-binary @"$work/forbidden.json" "$base/api/rules/files/$file")
check "a forbidden rule is refused by the gate (PUT $file: HTTP $code, $(jq -r .type "$work/body"))" test "$code" = 422
check "… and nothing changed: rules $version still serve, $file on disk as before" \
  test "$(get "$base/api/rules" | jq -r .version)" = "$version" -a "$(cat "$work/rules/$file")" = "$original"

# An accepted change: a comment, so that the regression run passes whatever the rules are; the rule
# base's version is the hash of the files, so it changes.
stamp="// Changed through the API by the container smoke test, run $$"
printf '%s\n%s\n' "$original" "$stamp" >"$work/changed.drl"
jq -Rs '{text: .}' "$work/changed.drl" >"$work/changed.json"
code=$(status "${analyst[@]}" -X PUT -H 'Content-Type: application/json' --data-binary @"$work/changed.json" "$base/api/rules/files/$file")
cp "$work/body" "$work/activation.json"
changed=$(jq -r .toVersion "$work/activation.json")
check "a change through the gate is accepted (PUT $file: HTTP $code, $(jq -r '"rules \(.fromVersion) → \(.toVersion), \(.regression.met)/\(.regression.expectations) expectations met in \(.regression.cases) cases"' "$work/activation.json"))" \
  test "$code" = 200 -a "$(jq -r '.accepted and .regression.cases > 0 and .regression.met == .regression.expectations' "$work/activation.json")" = true
check "… the new rules serve (GET /api/rules: $changed)" \
  test "$(get "$base/api/rules" | jq -r .version)" = "$changed" -a "$changed" != "$version"
check "… and the file is written to the mounted rules/" grep -qxF "$stamp" "$work/rules/$file"

# --- a new container on the same rules/ and audit volume ---------------------------------------------
"$docker" stop -t 30 "$run-1" >/dev/null
check "the server stops on SIGTERM (exit code $("$docker" inspect -f '{{.State.ExitCode}}' "$run-1"))" \
  test "$("$docker" inspect -f '{{.State.ExitCode}}' "$run-1")" = 143 -o "$("$docker" inspect -f '{{.State.ExitCode}}' "$run-1")" = 0
"$docker" rm "$run-1" >/dev/null
start "$run-2"

check "after the restart the changed rules serve (rules $changed, compiled from the mounted rules/)" \
  test "$(get "$base/api/rules" | jq -r .version)" = "$changed"
get "${analyst[@]}" "$base/api/rules/files/$file" | jq -r .text >"$work/served.drl"
check "… with the changed file" grep -qxF "$stamp" "$work/served.drl"
code=$(status "$base/api/cases/russia-west-1990-2022/evaluation?asOf=2008-04-04")
check "… evaluating with them (HTTP $code, rules $(jq -r .rules "$work/body"))" \
  test "$code" = 200 -a "$(jq -r .rules "$work/body")" = "$changed"
# The audit log is read in pages, newest first; its entries are what the checks below read.
get "${analyst[@]}" "$base/api/rules/audit?limit=200" | jq .entries >"$work/audit.json"
check "the audit log survived in the volume: the refused and the accepted change, by analyst ($(jq -r 'map("\(.action) \(.file) \(if .accepted then "accepted" else "refused" end)") | join("; ")' "$work/audit.json"))" \
  test "$(jq -r --arg v "$changed" --arg f "$file" \
    '[.[] | select(.file == $f and .who == "analyst")] | (map(select(.accepted | not)) | length) >= 1 and (map(select(.accepted and .toVersion == $v)) | length) == 1' \
    "$work/audit.json")" = true
check "… with the diff of the accepted change" \
  test "$(jq -r --arg v "$changed" '.[] | select(.accepted and .toVersion == $v) | .diff' "$work/audit.json" | grep -cxF "+$stamp")" = 1
check "… stored in /audit/rule-changes.jsonl ($("$docker" exec "$run-2" wc -l </dev/null /audit/rule-changes.jsonl 2>&1 | cut -d' ' -f1) line(s))" \
  "$docker" exec "$run-2" grep -qF "$changed" /audit/rule-changes.jsonl

finish
