#!/usr/bin/env bash
# Every finding the analyzer reports on a folder, sorted, with its source line:
#
#   benchmarks/findings.sh RULE [DIR]       RULE: a rule id (SecretToLog, ...) or "all";
#                                           DIR: default benchmarks/target/security-corpus
#
# Needs a build of the benchmarks module (mvn -B -ntp -q install -pl benchmarks -am -DskipTests),
# which also fetches and unpacks the security corpus.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET=$ROOT/benchmarks/target
[ $# -ge 1 ] || { echo "usage: $0 RULE|all [DIR]" >&2; exit 2; }
[ -f "$TARGET/benchmark.classpath" ] || { echo "build first: mvn -B -ntp -q install -pl benchmarks -am -DskipTests" >&2; exit 2; }
exec java -Xmx2g -cp "$TARGET/classes:$(cat "$TARGET/benchmark.classpath")" \
  io.github.posthogguard.benchmarks.FindingsList "$1" "${2:-$TARGET/security-corpus}"
