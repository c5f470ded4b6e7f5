#!/usr/bin/env bash
# CI's container step (called by .ci/run after the tests, with target/concert.jar built): build the
# image with docker/Dockerfile and run docker/smoke-test.sh on it. Needs root: it installs Debian's
# Docker engine and debootstrap when they are missing, starts the engine when none answers (and
# stops it again at exit), and builds the base image from Debian's packages, since CI reaches no
# image registry.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "container: $*"; }
die() { echo "container: FAIL: $*" >&2; exit 1; }
t0=$SECONDS
lap() { echo "container: $1 in $((SECONDS - t0)) s"; t0=$SECONDS; }

[ -f target/concert.jar ] || die "target/concert.jar is missing: build it first (./mvnw package)"
[ "$(id -u)" -eq 0 ] || die "this step needs root (it installs and starts the Docker engine)"

# Debian's client, which has BuildKit built in (a newer client elsewhere on the PATH may lack the
# buildx plugin that it would need for BuildKit).
docker=/usr/bin/docker
missing=()
[ -x "$docker" ] && command -v dockerd >/dev/null || missing+=(docker.io)
for tool in debootstrap curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  lap "installed ${missing[*]}"
fi

# The engine, started here when none answers. This machine is a sandbox, so dockerd leaves the
# host's network alone: no bridge, no iptables rules, no IP forwarding; containers share the host's
# network (--network host) and listen on 127.0.0.1. dockerd picks its storage driver (overlay2 here);
# CONCERT_DOCKERD_OPTIONS adds options, e.g. --storage-driver=vfs where overlay does not work.
dockerd_pid=
stop_engine() {
  if [ -n "$dockerd_pid" ] && kill -0 "$dockerd_pid" 2>/dev/null; then
    kill "$dockerd_pid"
    for _ in $(seq 30); do kill -0 "$dockerd_pid" 2>/dev/null || return 0; sleep 1; done
    say "dockerd ($dockerd_pid) did not stop in 30 s; killing it"
    kill -9 "$dockerd_pid" 2>/dev/null || true
  fi
}
trap stop_engine EXIT
if ! "$docker" info >/dev/null 2>&1; then
  log=${TMPDIR:-/tmp}/concert-dockerd.log
  # shellcheck disable=SC2086 # options are words
  dockerd --bridge=none --iptables=false --ip-forward=false --ip-masq=false ${CONCERT_DOCKERD_OPTIONS:-} >"$log" 2>&1 &
  dockerd_pid=$!
  for _ in $(seq 120); do
    "$docker" info >/dev/null 2>&1 && break
    kill -0 "$dockerd_pid" 2>/dev/null || { tail -30 "$log" >&2; die "dockerd exited while starting (its log above)"; }
    sleep 0.5
  done
  "$docker" info >/dev/null 2>&1 || { tail -30 "$log" >&2; die "dockerd did not answer within 60 s (its log above)"; }
  say "started dockerd (pid $dockerd_pid, storage driver $("$docker" info -f '{{.Driver}}'), log in $log)"
fi
lap "engine ready"

# The runtime's base: Debian with its OpenJDK 17 JRE (the Dockerfile's default, eclipse-temurin:17-jre,
# is on a registry CI cannot reach). The jar is the one ./mvnw verify just built and tested (the
# Dockerfile's JAR=prebuilt), so no JDK image and no second Maven build are needed here.
jre=$(DOCKER=$docker docker/debian-base.sh concert-base/jre openjdk-17-jre-headless)
lap "base image $jre ready"

image=concert:ci
previous=$("$docker" image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
build_log=$(mktemp)
if ! DOCKER_BUILDKIT=1 "$docker" build --network host --progress plain -f docker/Dockerfile \
       --build-arg RUNTIME_IMAGE="$jre" --build-arg JAR=prebuilt -t "$image" . >"$build_log" 2>&1; then
  tail -60 "$build_log" >&2
  die "docker build failed (the end of its output above)"
fi
grep -E '^#[0-9]+ (\[|DONE|CACHED)' "$build_log" | grep -vE 'DONE|CACHED' || true
rm -f "$build_log"
lap "built $image"
current=$("$docker" image inspect -f '{{.Id}}' "$image")
if [ -n "$previous" ] && [ "$previous" != "$current" ]; then "$docker" rmi "$previous" >/dev/null 2>&1 || true; fi
mb() { echo "$(( $("$docker" image inspect -f '{{.Size}}' "$1") / 1000000 )) MB"; }
say "image $image: $(mb "$image") (its Debian base with the JRE: $(mb "$jre"); the jar: $(( $(stat -c %s target/concert.jar) / 1000000 )) MB)"

DOCKER=$docker docker/smoke-test.sh "$image"
lap "smoke test"
