#!/usr/bin/env bash
# Scores the analyzer on the Juliet Java test suite's CWE-533 (server log), CWE-534 (debug log) and
# CWE-535 (shell error), per method: every bad() reported (in itself or its bad* helpers), no good*().
#
#   benchmarks/juliet.sh JULIET_DIR [RULE|all]    JULIET_DIR: a checkout of find-sec-bugs/juliet-test-suite
#                                                 (never commit its files); RULE: default SecretToLog
#
# Needs a build of the benchmarks module (mvn -B -ntp -q install -pl benchmarks -am -DskipTests).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET=$ROOT/benchmarks/target
[ $# -ge 1 ] || { echo "usage: $0 JULIET_DIR [RULE|all]" >&2; exit 2; }
[ -f "$TARGET/benchmark.classpath" ] || { echo "build first: mvn -B -ntp -q install -pl benchmarks -am -DskipTests" >&2; exit 2; }
exec java -cp "$TARGET/classes:$(cat "$TARGET/benchmark.classpath")" \
  io.github.posthogguard.benchmarks.JulietScore "$@"
