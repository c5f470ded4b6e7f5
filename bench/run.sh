#!/usr/bin/env bash
# Performance benchmarks and a summary against the targets (docs/performance.md).
#
#   bench/run.sh            # issue 18's figures, about 5 minutes on 2 cores: CLI start (--version, evaluate with a
#                           # warm and a cold rule cache), answer sizes, HTTP fresh evaluations of Russia-West in the
#                           # lean (graph) and the tree shape, Concert / hand-written (short JMH run)
#   bench/run.sh full       # issue 7's: every JMH benchmark, then the HTTP load test, about 20 minutes
#   bench/run.sh jmh        # only issue 7's JMH benchmarks
#   bench/run.sh http       # only issue 7's HTTP load test (builds the jar)
#
# It builds what is missing or older than the sources (the jar and the benchmarks, Maven profile bench).
# Results go to target/bench/: quick-summary.txt (the default mode's table), cli.json, sizes.txt,
# wrk-fresh-{graph,tree}.txt, jmh-ratio.json; issue 7's: jmh.json, jmh-first-reload.json, wrk-{evaluated,kept}-*.txt,
# heap-*.txt, summary.txt; both: machine.txt. The HTTP test runs the server on a free port of 127.0.0.1 and sends
# traffic there only, for a bounded time. Every figure is written with the load average when it was taken.
# Settings (environment): WRK_SECONDS (20; 15 in the default mode), WRK_CONNECTIONS (8), WRK_THREADS (2),
# WARMUP_SECONDS (180 for issue 7's first URL, the second gets a third of it; 60 in the default mode), JMH_EXTRA
# (more JMH options), SERVER_OPTS (JVM options of the server, default -Xmx256m: the heap target; SERVER_OPTS=" " for
# the JVM's default heap), SERVER_ARGS (server settings, e.g. --server.tomcat.threads.max=4), CLI_RUNS (5).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-quick}
out=target/bench
mkdir -p "$out"
if [[ $what == quick ]]; then WRK_SECONDS=${WRK_SECONDS:-15}; WARMUP_SECONDS=${WARMUP_SECONDS:-60}; fi
WRK_SECONDS=${WRK_SECONDS:-20}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-8}
WRK_THREADS=${WRK_THREADS:-2}
# The server's JIT takes minutes under load to compile the rules' generated code (measured: 194 evaluations/s
# in the first 20 s, 1,087/s after 140 s): the warm-up is long so that wrk measures the warm server.
WARMUP_SECONDS=${WARMUP_SECONDS:-180}
SERVER_OPTS=${SERVER_OPTS:--Xmx256m}

# load_test MODE EXTRA_ARG: starts the server, warms it up, runs wrk on each URL, reads the heap, stops it.
load_test() {
  local mode=$1 extra=$2
  echo "-- server: $mode ${extra:-}"
  # shellcheck disable=SC2086
  start_server "$mode" $extra
  grep -E 'compiled in|Started Concert' "$out/server-$mode.log" | sed 's/^[0-9:.]* INFO *//' | tee "$out/server-start-$mode.txt"
  declare -A urls=(
    [russia-west]="$base/api/cases/russia-west-1990-2022/evaluation?asOf=2008-04-04"
    [vienna]="$base/api/cases/vienna-1815/evaluation?asOf=1815-12-31"
  )
  local warmup=$WARMUP_SECONDS
  for name in russia-west vienna; do
    bytes=$(curl -sf "${urls[$name]}" | wc -c)
    echo "$name: ${urls[$name]#$base} ($bytes bytes)"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${warmup}s" "${urls[$name]}" >/dev/null  # warm-up: the JIT compiles for a while
    warmup=$(( (WARMUP_SECONDS + 2) / 3 ))
    { load; echo "url: ${urls[$name]#$base}"; echo "bytes: $bytes"; echo "server: java $SERVER_OPTS -jar target/concert.jar $extra ${SERVER_ARGS:-}"
      wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --latency "${urls[$name]}"; } >"$out/wrk-$mode-$name.txt"
    grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors' "$out/wrk-$mode-$name.txt" | sed 's/^/  /'
  done
  heap() { curl -sf "$base/actuator/metrics/jvm.memory.used?tag=area:heap" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["measurements"][0]["value"]/2**20))'; }
  {
    echo "heap used after the load test: $(heap) MB"
    jcmd "$server" GC.run >/dev/null
    echo "heap used after a full GC: $(heap) MB"
    jcmd "$server" GC.heap_info | sed 's/^/  /'
    for outcome in success kept; do
      echo "concert.evaluations $outcome: $(curl -s "$base/actuator/metrics/concert.evaluations?tag=outcome:$outcome" | python3 -c 'import json,sys
try: m=json.load(sys.stdin)["measurements"]; print(", ".join("%s=%.3f" % (x["statistic"], x["value"]) for x in m))
except Exception: print("none")')"
    done
  } >"$out/heap-$mode.txt"
  head -2 "$out/heap-$mode.txt"
  stop_server
}

load() { echo "$(date -u +%H:%M:%S) load average $(cut -d' ' -f1-3 /proc/loadavg)"; }

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  echo "start: $(load)"
} | tee "$out/machine.txt"

# Builds only when the jar or the benchmarks are missing or older than a source, so a rerun starts at once.
stale=$(find src pom.xml -newer target/concert.jar -print -quit 2>/dev/null || echo missing)
[[ -f target/concert.jar && -f target/test-classes/META-INF/BenchmarkList ]] || stale=missing
if [[ -n $stale ]]; then
  echo "== build (jar and benchmarks)"
  ./mvnw -B -q -Pbench -DskipTests package
else
  echo "== build: target/concert.jar is newer than the sources"
fi

install_wrk() {
  if ! command -v wrk >/dev/null && [[ $(id -u) == 0 ]]; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  fi
  command -v wrk >/dev/null
}

start_server() {  # start_server NAME ARGS...: the jar's server on a free port of 127.0.0.1; sets $server and $base
  local name=$1; shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  # shellcheck disable=SC2086
  java $SERVER_OPTS -jar target/concert.jar --server.port="$port" --server.address=127.0.0.1 "$@" ${SERVER_ARGS:-} >"$out/server-$name.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 1; done
  curl -sf "$base/actuator/health" >/dev/null || { echo "the server did not start: $out/server-$name.log"; exit 1; }
}

stop_server() {
  kill "$server"; wait "$server" 2>/dev/null || true
  trap - EXIT
}

if [[ $what == quick ]]; then
  echo "== CLI: JVM start (--version) and evaluate with a warm and a cold rule cache (${CLI_RUNS:-5} runs each)"
  python3 bench/cli_times.py "$out" "${CLI_RUNS:-5}"

  echo "== Concert / hand-written, ~200 facts (short JMH run)"
  { load; ./mvnw -B -q -Pbench -DskipTests exec:exec \
      -Djmh.args="EvaluationBenchmark.(concert|handWritten)$ -p facts=200 -wi 4 -w 2 -i 3 -r 2 -f 1 -rf json -rff $out/jmh-ratio.json ${JMH_EXTRA:-}" 2>&1 \
      | grep -E '^(Benchmark|EvaluationBenchmark\.)' | grep -vE ':p(0\.(00|90|95|999|9999)|1\.00)'; load; } | tee "$out/jmh-ratio.txt"

  echo "== HTTP: fresh evaluations of Russia-West (no answer kept), lean (graph) and tree shape"
  if ! install_wrk; then
    echo "wrk is not installed (Debian: apt-get install wrk): no HTTP figures" | tee "$out/wrk-missing.txt"
  else
    rm -f "$out"/wrk-missing.txt
    start_server fresh --concert.evaluation-cache=0
    url="$base/api/cases/russia-west-1990-2022/evaluation?asOf=2008-04-04"
    {
      for shape in tree graph; do
        for enc in identity gzip; do
          echo "$shape $enc $(curl -sf -H "Accept-Encoding: $enc" "$url&shape=$shape" | wc -c)"
        done
      done
    } | tee "$out/sizes.txt"
    echo "warm-up: ${WARMUP_SECONDS}s of the graph shape, then $((WARMUP_SECONDS / 3))s of the tree"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WARMUP_SECONDS}s" "$url&shape=graph" >/dev/null
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$((WARMUP_SECONDS / 3))s" "$url&shape=tree" >/dev/null
    for shape in graph tree; do
      { load; echo "url: ${url#"$base"}&shape=$shape"; echo "server: java $SERVER_OPTS -jar target/concert.jar --concert.evaluation-cache=0 ${SERVER_ARGS:-}"
        wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --latency "$url&shape=$shape"; load; } >"$out/wrk-fresh-$shape.txt"
      echo "$shape:"; grep -E 'load average|Requests/sec|50%|99%|Non-2xx|Socket errors' "$out/wrk-fresh-$shape.txt" | sed 's/^/  /'
    done
    stop_server
  fi
  echo "end: $(load)" | tee -a "$out/machine.txt"
  python3 bench/summary-quick.py "$out" | tee "$out/quick-summary.txt"
  exit 0
fi

if [[ $what == full || $what == all || $what == jmh ]]; then
  echo "== JMH: evaluation, limit, timeline, regression suite, rule-base build and gated reload (warm)"
  load | tee "$out/load-jmh.txt"
  ./mvnw -B -q -Pbench -DskipTests exec:exec \
    -Djmh.args="EvaluationBenchmark|TimelineBenchmark|RegressionBenchmark|RuleBaseBenchmark -rf json -rff $out/jmh.json ${JMH_EXTRA:-}" \
    2>&1 | tee "$out/jmh.txt" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' | grep -vE ':p(0\.(00|90|95|999|9999)|1\.00)' || true
  load | tee -a "$out/load-jmh.txt"
  echo "== JMH: the first gated reload after a start (3 fresh JVMs, 100 rules)"
  ./mvnw -B -q -Pbench -DskipTests exec:exec \
    -Djmh.args="RuleBaseBenchmark.gatedReload -p rules=100 -wi 0 -i 1 -f 3 -rf json -rff $out/jmh-first-reload.json" \
    2>&1 | tee "$out/jmh-first-reload.txt" | grep -E '^(Benchmark|RuleBaseBenchmark\.)' || true
  load | tee -a "$out/load-jmh.txt"
fi

if [[ $what == full || $what == all || $what == http ]]; then
  echo "== HTTP load test"
  if ! command -v wrk >/dev/null; then
    if [[ $(id -u) == 0 ]]; then apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; fi
  fi
  if ! command -v wrk >/dev/null; then
    echo "wrk is not installed (Debian: apt-get install wrk): no HTTP figures" | tee "$out/wrk-missing.txt"
  else
    rm -f "$out"/wrk-missing.txt "$out"/wrk-russia-west.txt "$out"/wrk-vienna.txt "$out"/heap.txt
    # Two servers, one after the other: "evaluated" runs the rules for every request (no evaluation kept:
    # what one evaluation costs over HTTP); "kept" is the server as shipped, which answers a repeated
    # question (same rule base, case and date) from its evaluation cache.
    for mode in evaluated kept; do
      cache_arg=""; [[ $mode == evaluated ]] && cache_arg="--concert.evaluation-cache=0"
      load_test "$mode" "$cache_arg"
    done
  fi
fi

echo "end: $(load)" | tee -a "$out/machine.txt"
python3 bench/summary.py "$out" | tee "$out/summary.txt"
