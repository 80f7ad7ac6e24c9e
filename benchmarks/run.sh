#!/usr/bin/env bash
# PostHog Guard's benchmark, one command, from a clean clone:
#
#   benchmarks/run.sh                 (builds the project, fetches the pinned corpus, runs everything)
#
# On the corpus (sources jars of commons-lang3, guava, jackson-databind and spring-core, pinned in
# benchmarks/pom.xml, ~555k lines) it measures, side by side:
#   1. in one JVM, one thread: reading every file, JavaParser parse-only, the analyzer with all rules
#      (with the prefilter, and parsing every file), per file and in total;
#   2. the CLI end to end, one thread and all cores, wall time and peak memory (/usr/bin/time);
#   3. compile overhead: commons-lang3's sources, then spring-security-core's (security corpus,
#      against its pinned dependencies), compiled in fresh JVMs by javac, javac + Error Prone,
#      javac + Error Prone + our checks, rounds interleaved, medians and ratios;
#   4. SonarQube's Java sensor, "Sonar way" with and without our rules, on commons-lang3;
#   5. text files: the config-file rules against a plain line-by-line regex scan, on the non-Java
#      files of both corpora (and on test-cases/config, where every file is parsed), in one JVM;
#      and the CLI end to end on the non-Java files against a bare regex scanner (grep -E);
#   6. scaling: one generated file of one shape from 10 KB to 5 MB, parse-only and the analysis.
# Results: benchmarks/target/results.md (and on standard output).
#
# Environment: ROUNDS (in-process and compile rounds, default 5), CLI_ROUNDS (default 3),
# SKIP_SONAR=1 to leave out the real-server part (it needs ~5 minutes and 2.5 GB), PARTS to run
# some parts only (default "inprocess cli compile sonar text scaling"; cli needs an earlier inprocess
# run).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET=$ROOT/benchmarks/target
CORPUS=$TARGET/corpus
RESULTS=$TARGET/results.md
ROUNDS=${ROUNDS:-5}
CLI_ROUNDS=${CLI_ROUNDS:-3}
PARTS=${PARTS:-inprocess cli compile sonar text scaling}
CHECKS_JAR=$ROOT/errorprone-checks/target/posthog-guard-errorprone-checks-0.1.0-SNAPSHOT.jar
CLI_JAR=$ROOT/cli/target/posthog-guard.jar
# What Error Prone needs of javac's internals (its installation docs; the same as .mvn/jvm.config).
JAVAC_J_FLAGS=()
for p in api file main model parser processing tree util; do
  JAVAC_J_FLAGS+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED")
done
JAVAC_J_FLAGS+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED" "-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")

log() { printf '[benchmark] %s\n' "$*" >&2; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

log "building (mvn install -DskipTests) and fetching the corpus"
(cd "$ROOT" && mvn -B -ntp -q install -DskipTests)
mkdir -p "$TARGET/bench"
: >"$RESULTS"
out() { printf '%s\n' "$*" | tee -a "$RESULTS"; }

out "# PostHog Guard benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
out ""
out "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $(java -version 2>&1 | head -n 1)"
out ""

inprocess_part() {
  log "1/4 in-process: read, parse-only, analyzer ($ROUNDS rounds)"
  out "## 1. One JVM, one thread"
  out ""
  java -Xmx2g -cp "$ROOT/benchmarks/target/classes:$(cat "$TARGET/benchmark.classpath")" \
    io.github.posthogguard.benchmarks.CorpusBenchmark "$CORPUS" "$ROUNDS" "$TARGET/bench/inprocess.properties" | tee -a "$RESULTS"
  out ""
}

cli_part() {
  [ -f "$TARGET/bench/inprocess.properties" ] || { log "the CLI part compares with the in-process part: run it first"; exit 1; }
  parse_only_s=$(sed -n 's/^parseOnlySeconds=//p' "$TARGET/bench/inprocess.properties")
  log "2/4 CLI end to end ($CLI_ROUNDS rounds each)"
  out "## 2. The CLI end to end, \`-f json -o /dev/null <corpus>\`"
  out ""
  out "\`cli/bin/posthog-guard\` is the launcher (C1 only, serial collector, 384 MB heap ceiling); \`java -jar\` is a JVM with no options. Cold runs pass \`--no-cache\`; the last row runs with the result cache on an unchanged tree (filled by one run before the rounds)."
  out ""
  out "| command | threads | median wall (s) | MB/s | peak RSS (MB, max of rounds) | single-thread parse-only (default) ÷ this |"
  out "|---|---|---:|---:|---:|---:|"
  corpus_mb=$(sed -n 's/^corpusMegabytes=//p' "$TARGET/bench/inprocess.properties")
  cli_run() { # cli_run LABEL THREADS COMMAND...
    local label=$1 threads=$2; shift 2
    : >"$TARGET/bench/cli.txt"
    for _ in $(seq "$CLI_ROUNDS"); do
      /usr/bin/time -f '%e %M' -o "$TARGET/bench/time.txt" \
        "$@" --threads "$threads" -f json -o /dev/null "$CORPUS" >/dev/null 2>&1 || [ $? -eq 1 ]
      cat "$TARGET/bench/time.txt" >>"$TARGET/bench/cli.txt"
    done
    local wall rss
    wall=$(cut -d' ' -f1 "$TARGET/bench/cli.txt" | median)
    rss=$(cut -d' ' -f2 "$TARGET/bench/cli.txt" | sort -n | tail -n 1)
    out "| $label | $threads | $wall | $(ratio "$corpus_mb" "$wall") | $((rss / 1024)) | $(ratio "$parse_only_s" "$wall")× |"
  }
  cli_run "cli/bin/posthog-guard --no-cache" 1 "$ROOT/cli/bin/posthog-guard" --no-cache
  cli_run "cli/bin/posthog-guard --no-cache" "$(nproc)" "$ROOT/cli/bin/posthog-guard" --no-cache
  cli_run "java -jar cli/target/posthog-guard.jar --no-cache" "$(nproc)" java -jar "$CLI_JAR" --no-cache
  local cache=$TARGET/bench/cli-cache
  rm -rf "$cache"
  "$ROOT/cli/bin/posthog-guard" --cache-dir "$cache" -f json -o /dev/null "$CORPUS" >/dev/null 2>&1 || true # fills it
  cli_run "cli/bin/posthog-guard, cache of an unchanged tree" "$(nproc)" "$ROOT/cli/bin/posthog-guard" --cache-dir "$cache"
  out ""

}

compile_part() {
  EP_PATH=$(cat "$TARGET/errorprone.classpath")
  EP_ARGS=(-XDcompilePolicy=simple --should-stop=ifError=FLOW "-Xplugin:ErrorProne -XepAllErrorsAsWarnings -XepDisableWarningsInGeneratedCode")
  compile_module "3/4" "commons-lang3" "$CORPUS/commons-lang3" ""
  # security-heavy: most of its files pass the prefilter (sessions, tokens, passwords)
  compile_module "3b/4" "spring-security-core 6.4.2" "$ROOT/benchmarks/target/security-corpus/spring-security-core" \
    "$(find "$ROOT/benchmarks/target/spring-security-core-classpath" -name '*.jar' | sort | paste -sd:)"
}

# compile_module STEP TITLE SOURCES CLASSPATH: javac, javac + Error Prone and javac + Error Prone +
# our checks, each a fresh javac, ROUNDS rounds interleaved after one that warms the disk cache.
compile_module() {
  local step=$1 title=$2 sources=$3 classpath=$4
  log "$step compile overhead on $title ($ROUNDS rounds, interleaved)"
  find "$sources" -name '*.java' | sort >"$TARGET/bench/compile-sources.list"
  compile() { # compile NAME [javac args...]: one fresh javac, wall seconds appended to bench/compile-NAME.txt
    local name=$1; shift
    rm -rf "$TARGET/bench/classes" && mkdir -p "$TARGET/bench/classes"
    /usr/bin/time -f '%e' -o "$TARGET/bench/time.txt" \
      javac "${JAVAC_J_FLAGS[@]}" -nowarn -proc:none -encoding UTF-8 -parameters -d "$TARGET/bench/classes" \
      ${classpath:+-cp "$classpath"} "$@" \
      @"$TARGET/bench/compile-sources.list" >"$TARGET/bench/compile-$name.log" 2>&1 \
      || { tail -n 20 "$TARGET/bench/compile-$name.log" >&2; log "javac ($name) failed"; exit 1; }
    cat "$TARGET/bench/time.txt" >>"$TARGET/bench/compile-$name.txt"
  }
  rm -f "$TARGET"/bench/compile-*.txt
  for round in $(seq 0 "$ROUNDS"); do
    compile javac
    compile errorprone -processorpath "$EP_PATH" "${EP_ARGS[@]}"
    compile ours -processorpath "$EP_PATH:$CHECKS_JAR" "${EP_ARGS[@]}"
    if [ "$round" = 0 ]; then rm -f "$TARGET"/bench/compile-*.txt; fi # the first round warms the disk cache
  done
  grep -q 'posthog-guard' "$TARGET/bench/compile-ours.log" && log "note: our checks printed: $(grep -c posthog-guard "$TARGET/bench/compile-ours.log") lines"
  javac_s=$(median <"$TARGET/bench/compile-javac.txt")
  ep_s=$(median <"$TARGET/bench/compile-errorprone.txt")
  ours_s=$(median <"$TARGET/bench/compile-ours.txt")
  out "## ${step%/4}. Compile overhead: $title ($(wc -l <"$TARGET/bench/compile-sources.list") files), fresh javac each time, $ROUNDS rounds interleaved"
  out ""
  out "| compilation | median wall (s) | rounds (s) |"
  out "|---|---:|---|"
  out "| javac | $javac_s | $(tr '\n' ' ' <"$TARGET/bench/compile-javac.txt")|"
  out "| javac + Error Prone $(basename "$(echo "$EP_PATH" | tr ':' '\n' | grep error_prone_core)" .jar) | $ep_s | $(tr '\n' ' ' <"$TARGET/bench/compile-errorprone.txt")|"
  out "| javac + Error Prone + PostHog Guard | $ours_s | $(tr '\n' ' ' <"$TARGET/bench/compile-ours.txt")|"
  out ""
  out "Our checks: ×$(ratio "$ours_s" "$ep_s") on a javac + Error Prone compile (target ≤ ×1.05); Error Prone: ×$(ratio "$ep_s" "$javac_s") on javac."
  out ""
}

sonar_part() {
  out "## 4. SonarQube: the Java sensor with and without our rules"
  out ""
  if [ "${SKIP_SONAR:-0}" = 1 ]; then
    out "Left out (SKIP_SONAR=1)."
  else
    log "4/4 SonarQube (it/sonarqube/run.sh with the corpus)"
    SENSOR_BENCHMARK_DIR=$CORPUS/commons-lang3 bash "$ROOT/it/sonarqube/run.sh" 2>&1 | tee "$TARGET/bench/sonarqube.log" | grep -E 'sensor|FAILED|PASSED' >&2 || true
    grep -q 'PASSED' "$TARGET/bench/sonarqube.log" || { log "it/sonarqube/run.sh failed: see $TARGET/bench/sonarqube.log"; exit 1; }
    sed -n 's/.*SENSOR-BENCHMARK //p' "$TARGET/bench/sonarqube.log" | tee -a "$RESULTS"
  fi
}

text_part() {
  local text_corpus=$TARGET/corpus-text
  [ -d "$text_corpus" ] || { log "no $text_corpus: the build unpacks it (mvn install)"; exit 1; }
  log "5/5 text files: the config-file rules against a plain line regex scan"
  out "## 5. Text files: the config-file rules against a plain line-by-line regex scan"
  out ""
  out "Machine load before: $(uptime | sed 's/.*load average/load average/')."
  out ""
  out "In one JVM, one thread, the same files read the same way (probe of the first 8000 bytes, then UTF-8), $((ROUNDS * 4)) rounds after a warm-up, medians. \`corpus-text\` holds the non-Java files of both corpora' sources jars (manifests, properties, Kotlin, JSON, XML, ...); \`test-cases/config\` is the worst case: every file holds a key, so every file is parsed."
  out ""
  java -Xmx1g -cp "$ROOT/benchmarks/target/classes:$(cat "$TARGET/benchmark.classpath")" \
    io.github.posthogguard.benchmarks.TextScanBenchmark "$text_corpus" "$ROOT/test-cases/config" "$((ROUNDS * 4))" | tee -a "$RESULTS"
  out ""
  : >"$TARGET/bench/text-cli.txt"
  : >"$TARGET/bench/text-plain.txt"
  : >"$TARGET/bench/text-start.txt"
  for _ in $(seq "$CLI_ROUNDS"); do
    # The CLI's own start and walk, every file excluded: what reading the files adds comes on top.
    /usr/bin/time -f '%e' -o "$TARGET/bench/time.txt" "$ROOT/cli/bin/posthog-guard" --threads 1 --exclude '*' -f json -o /dev/null "$text_corpus" >/dev/null 2>&1
    cat "$TARGET/bench/time.txt" >>"$TARGET/bench/text-start.txt"
    /usr/bin/time -f '%e' -o "$TARGET/bench/time.txt" "$ROOT/cli/bin/posthog-guard" --threads 1 -f json -o /dev/null "$text_corpus" >/dev/null 2>&1 || [ $? -eq 1 ]
    cat "$TARGET/bench/time.txt" >>"$TARGET/bench/text-cli.txt"
    /usr/bin/time -f '%e' -o "$TARGET/bench/time.txt" java -Xmx384m -XX:+UseSerialGC -cp "$ROOT/benchmarks/target/classes" \
      io.github.posthogguard.benchmarks.PlainLineScan "$text_corpus" >/dev/null
    cat "$TARGET/bench/time.txt" >>"$TARGET/bench/text-plain.txt"
  done
  local cli_s plain_s start_s
  cli_s=$(median <"$TARGET/bench/text-cli.txt")
  plain_s=$(median <"$TARGET/bench/text-plain.txt")
  start_s=$(median <"$TARGET/bench/text-start.txt")
  out "End to end on \`corpus-text\` ($(find "$text_corpus" -type f | wc -l) files), fresh JVMs, medians of $CLI_ROUNDS: \`cli/bin/posthog-guard --threads 1\` $cli_s s; a plain Java line-regex scanner (\`PlainLineScan\`, same JVM options) $plain_s s: ×$(ratio "$cli_s" "$plain_s") (target ≤ ×2). The CLI with every file excluded (its start and the walk): $start_s s; reading and checking the files adds $(awk -v a="$cli_s" -v b="$start_s" 'BEGIN { printf "%.2f", a - b }') s."
  out ""
}

scaling_part() {
  log "scaling: one generated file from 10 KB to 5 MB"
  out "## 6. Scaling: one file of one shape, 10 KB to 5 MB"
  out ""
  out "Load before: $(uptime)"
  out ""
  java -Xmx2g -cp "$ROOT/benchmarks/target/classes:$(cat "$TARGET/benchmark.classpath")" \
    io.github.posthogguard.benchmarks.ScalingBenchmark "$ROUNDS" | tee -a "$RESULTS"
  out ""
}

for part in $PARTS; do
  "${part}_part"
done
log "results: $RESULTS"
