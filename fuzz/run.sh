#!/usr/bin/env bash
# Fuzzes the analyzer with Jazzer: each fuzz test in turn, for DURATION each (Jazzer's syntax: 30s,
# 20m, 1h), after the seeds of test-cases/ (run them all once more). Takes the analyzer from the local
# Maven repository: run `mvn install` first. A crash input is written to
# fuzz/src/test/resources/<package>/<Class>Inputs/ (commit it: the normal build replays it); the
# inputs that found new coverage go to fuzz/.cifuzz-corpus/ (kept between runs, not committed).
#
#   bash fuzz/run.sh [DURATION] [FuzzTestClass...]      default: 15s, both fuzz tests
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15s}
shift || true
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  tests=(JavaAnalysisFuzzTest ConfigReadersFuzzTest)
fi
mkdir -p fuzz/target

# libFuzzer's own log quotes the (fake) keys of the seeds in its dictionary: mask them as KeyMask does.
mask() {
  sed -E 's/(ph[xsarc]_)[A-Za-z0-9]{22,52}([A-Za-z0-9]{4})/\1...\2/g'
}

for test in "${tests[@]}"; do
  log=fuzz/target/fuzz-$test.log
  status=0
  # Jazzer fuzzes one fuzz test per JVM: one Maven run each.
  JAZZER_FUZZ=1 mvn -B -ntp test -pl fuzz -Dtest="$test" -Djazzer.max_duration="$duration" \
    >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    mask <"$log" | grep -v '^INFO: Instrumented' | tail -80
    echo "fuzz: $test failed (full log, keys unmasked: $log)"
    exit "$status"
  fi
  echo "fuzz: $test: $(mask <"$log" | grep -E '^#[0-9]+[[:space:]]+DONE' | tail -1)"
done
