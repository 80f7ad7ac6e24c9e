#!/usr/bin/env bash
# The SonarQube quality gate on a real server: SonarQube Community Build 26.9 with the freshly built
# plugin, a profile of our rules only, a gate "vulnerabilities > 0", an analysis of examples/ that
# must fail the gate on exactly the expected issues, and a clean variant that must pass it.
# The Java files are read by our sonar-java checks; the others (examples/src/main/resources/
# application.yml) by our sensor, which sees them because sonar.maven.scanAll=true indexes every
# file of the project (by default the Maven scanner indexes src/main/java, src/test/java and
# pom.xml only; a file of no language is indexed as such, and our sensor reads it). Then the
# SARIF import that SonarQube Cloud users rely on (no third-party plugin there): the CLI's SARIF of
# examples/ imported with sonar.sarifReportPaths into a project whose profile holds none of our
# rules, so that every issue of ours there comes from the SARIF file, none from the plugin.
#
#   it/sonarqube/run.sh            (after `mvn install`; needs root or a user that may run SonarQube)
#
# Environment: SONAR_JAVA_PATH (a JDK 21+ java; default Temurin 25), SQ_KEEP=1 to keep the folder.
# It stops the server and removes its folder on every exit, failed or not.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SQ_VERSION=26.9.0.129388
SQ_ARTIFACT=org.sonarsource.sonarqube:sonar-application:$SQ_VERSION:zip
SCANNER=org.sonarsource.scanner.maven:sonar-maven-plugin:5.8.0.7211:sonar
SONAR_JAVA_PATH=${SONAR_JAVA_PATH:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
RUN_AS=posthog-guard-sq
ADMIN_PASSWORD='PostHog-Guard-1t!'
PROJECT=posthog-guard-examples
CLEAN_PROJECT=posthog-guard-examples-clean
BOOT_TIMEOUT=${SQ_BOOT_TIMEOUT:-300}
export SONAR_JAVA_PATH

STARTED=$(date +%s)
WORK=$(mktemp -d /tmp/posthog-guard-sonarqube.XXXXXX)
SQ_HOME=$WORK/sonarqube-$SQ_VERSION
PORT=
TOKEN= # an analysis token, for the scanner only

log() { printf '[sonarqube-it %3ss] %s\n' $(( $(date +%s) - STARTED )) "$*"; }
fail() { log "FAILED: $*"; exit 1; }

cleanup() {
  local status=$?
  if [ -n "${SQ_HOME:-}" ] && [ -f "$SQ_HOME/bin/linux-x86-64/SonarQube.pid" ]; then
    log "stopping the server"
    as_sq "$SQ_HOME/bin/linux-x86-64/sonar.sh" stop >/dev/null 2>&1 || true
    local pid
    pid=$(cat "$SQ_HOME/bin/linux-x86-64/SonarQube.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  # Elasticsearch and the web/CE processes are children; make sure none outlives us.
  pkill -9 -f "$WORK/" 2>/dev/null || true
  if [ $status -ne 0 ] && [ -d "$SQ_HOME/logs" ]; then
    for f in "$SQ_HOME"/logs/*.log; do
      echo "----- tail of $f"
      tail -n 40 "$f" || true
    done
  fi
  if [ "${SQ_KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else log "kept $WORK"; fi
  log "done in $(( $(date +%s) - STARTED )) s (exit $status)"
  exit $status
}
trap cleanup EXIT

as_sq() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$RUN_AS" -- env SONAR_JAVA_PATH="$SONAR_JAVA_PATH" "$@"
  else
    "$@"
  fi
}

api() { # api METHOD PATH [curl args...] — as admin; prints the body, fails on HTTP >= 400
  local method=$1 path=$2
  shift 2
  curl -sS --fail-with-body -X "$method" -u "admin:$ADMIN_PASSWORD" "http://127.0.0.1:$PORT/$path" "$@"
}

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

install_server() {
  local plugin
  plugin=$(ls "$ROOT"/sonar-plugin/target/posthog-guard-sonar-plugin-*.jar 2>/dev/null | grep -v -e sources -e tests -e original | head -n 1 || true)
  [ -n "$plugin" ] || fail "no plugin jar in sonar-plugin/target: run mvn install first"
  [ -x "$SONAR_JAVA_PATH" ] || fail "SONAR_JAVA_PATH=$SONAR_JAVA_PATH is not a java executable (SonarQube needs JDK 21+)"

  log "fetching $SQ_ARTIFACT (cached in the local Maven repository)"
  mvn -B -ntp -q dependency:get -Dartifact="$SQ_ARTIFACT" -Dtransitive=false
  local repo zip
  repo=$(mvn -B -ntp -q -Dstyle.color=never help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null \
    | sed 's/\x1b\[[0-9;]*m//g' || true)
  [ -d "$repo" ] || repo="$HOME/.m2/repository"
  zip="$repo/org/sonarsource/sonarqube/sonar-application/$SQ_VERSION/sonar-application-$SQ_VERSION.zip"
  [ -f "$zip" ] || fail "no $zip"

  log "unpacking into $WORK"
  # The bundled JREs cannot run the server here; the scanner downloads the linux-x64 one from the
  # server, so keep that one and leave the others out.
  unzip -q "$zip" -d "$WORK" -x "sonarqube-$SQ_VERSION/jres/*windows*" "sonarqube-$SQ_VERSION/jres/*mac*" \
    "sonarqube-$SQ_VERSION/jres/*aarch64*" "sonarqube-$SQ_VERSION/jres/*alpine*"
  # Analyzers other than java, java-symbolic-execution and xml only slow the start down.
  find "$SQ_HOME/lib/extensions" -name 'sonar-*-plugin-*.jar' \
    ! -name 'sonar-java-plugin-*' ! -name 'sonar-java-symbolic-execution-plugin-*' ! -name 'sonar-xml-plugin-*' -delete
  chmod +x "$SQ_HOME"/bin/*/*.sh "$SQ_HOME"/elasticsearch/bin/* 2>/dev/null || true
  cp "$plugin" "$SQ_HOME/extensions/plugins/"
  log "installed $(basename "$plugin")"

  PORT=$(free_port)
  cat >> "$SQ_HOME/conf/sonar.properties" <<EOF
sonar.web.host=127.0.0.1
sonar.web.port=$PORT
sonar.search.port=$(free_port)
sonar.es.port=$(free_port)
sonar.embeddedDatabase.port=$(free_port)
sonar.cluster.node.host=127.0.0.1
sonar.telemetry.enable=false
sonar.updatecenter.activate=false
sonar.web.javaOpts=-Xmx768m -Xms128m
sonar.ce.javaOpts=-Xmx768m -Xms128m
sonar.search.javaOpts=-Xmx768m -Xms768m -XX:MaxDirectMemorySize=256m
EOF

  if [ "$(id -u)" = 0 ]; then
    # Elasticsearch refuses to run as root.
    id "$RUN_AS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS"
    chown -R "$RUN_AS" "$WORK"
  fi
}

start_server() {
  log "starting SonarQube $SQ_VERSION on 127.0.0.1:$PORT with $("$SONAR_JAVA_PATH" -version 2>&1 | head -n 1)"
  (cd "$SQ_HOME/bin/linux-x86-64" && as_sq ./sonar.sh start) >/dev/null
  local pidfile="$SQ_HOME/bin/linux-x86-64/SonarQube.pid" deadline=$(( $(date +%s) + BOOT_TIMEOUT )) status=
  # sonar.sh says "Started" even when the server dies seconds later: watch the process too.
  while [ "$(date +%s)" -lt "$deadline" ]; do
    local pid
    pid=$(cat "$pidfile" 2>/dev/null || true)
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
      fail "the server process died while starting"
    fi
    status=$(curl -s "http://127.0.0.1:$PORT/api/system/status" | json "d['status']" 2>/dev/null || true)
    [ "$status" = UP ] && break
    [ "$status" = DOWN ] && fail "the server reports DOWN"
    sleep 3
  done
  [ "$status" = UP ] || fail "the server was not UP after ${BOOT_TIMEOUT}s (last status: ${status:-none})"
  log "server UP"
}

configure_server() {
  curl -sS --fail-with-body -u admin:admin -X POST "http://127.0.0.1:$PORT/api/users/change_password" \
    --data-urlencode login=admin --data-urlencode previousPassword=admin \
    --data-urlencode "password=$ADMIN_PASSWORD" >/dev/null
  TOKEN=$(api POST api/user_tokens/generate --data-urlencode name=posthog-guard-it \
    --data-urlencode type=GLOBAL_ANALYSIS_TOKEN | json "d['token']")
  log "admin password changed, analysis token created"
}

create_project() { # create_project KEY PROFILE GATE
  api POST api/projects/create --data-urlencode "project=$1" --data-urlencode "name=$1" >/dev/null
  api POST api/qualityprofiles/add_project --data-urlencode language=java \
    --data-urlencode "qualityProfile=$2" --data-urlencode "project=$1" >/dev/null
  api POST api/qualitygates/select --data-urlencode "gateName=$3" --data-urlencode "projectKey=$1" >/dev/null
}

create_profile_and_gate() {
  local profile=$1 gate=$2
  local key
  key=$(api POST api/qualityprofiles/create --data-urlencode language=java --data-urlencode "name=$profile" \
    | json "d['profile']['key']")
  api POST api/qualityprofiles/activate_rules --data-urlencode "targetKey=$key" \
    --data-urlencode repositories=posthog-guard >/dev/null
  local active
  active=$(api GET "api/rules/search?qprofile=$key&activation=true&ps=500" | json "' '.join(r['key'] for r in d['rules'])")
  log "profile '$profile': $active"
  case " $active " in *" posthog-guard:HardcodedPostHogKey "*) ;; *) fail "our rule is not active in $profile" ;; esac
  for rule in $active; do
    case "$rule" in posthog-guard:*) ;; *) fail "profile $profile holds a foreign rule $rule" ;; esac
  done

  api POST api/qualitygates/create --data-urlencode "name=$gate" >/dev/null
  # A new gate comes with new-code conditions; a first analysis has no new code, so they would
  # pass it whatever it finds. Keep one condition on overall code only.
  local ids
  ids=$(api GET "api/qualitygates/show?name=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$gate")" \
    | json "' '.join(str(c['id']) for c in d.get('conditions', []))")
  for id in $ids; do
    api POST api/qualitygates/delete_condition --data-urlencode "id=$id" >/dev/null
  done
  api POST api/qualitygates/create_condition --data-urlencode "gateName=$gate" \
    --data-urlencode metric=vulnerabilities --data-urlencode op=GT --data-urlencode error=0 >/dev/null
  log "gate '$gate': vulnerabilities > 0 (removed conditions: ${ids:-none})"
}

analyse() { # analyse PROJECT_DIR KEY LOGFILE [SCANNER PROPERTIES...]
  local dir=$1 key=$2 logfile=$3
  shift 3
  mkdir -p "$dir/target/no-binaries"
  (cd "$dir" && mvn -B -ntp "$SCANNER" "$@" \
    -Dsonar.host.url="http://127.0.0.1:$PORT" -Dsonar.token="$TOKEN" \
    -Dsonar.projectKey="$key" -Dsonar.projectName="$key" \
    -Dsonar.java.binaries=target/no-binaries -Dsonar.java.test.binaries=target/no-binaries \
    -Dsonar.maven.scanAll=true \
    -Dsonar.scm.disabled=true -Dsonar.qualitygate.wait=false) >"$logfile" 2>&1 \
    || { tail -n 60 "$logfile"; fail "analysis of $key failed"; }
  local task
  task=$(sed -n 's/^ceTaskId=//p' "$dir/target/sonar/report-task.txt")
  local status= deadline=$(( $(date +%s) + 300 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    status=$(api GET "api/ce/task?id=$task" | json "d['task']['status']")
    case "$status" in SUCCESS) break ;; FAILED|CANCELED) fail "compute task $task $status" ;; esac
    sleep 2
  done
  [ "$status" = SUCCESS ] || fail "compute task $task still $status"
  log "analysed $key ($(grep -o 'Sensor JavaSensor \[java\] (done) | time=[0-9]*ms' "$logfile" | head -n 1))"
}

java_sensor_ms() { grep -o 'Sensor JavaSensor \[java\] (done) | time=[0-9]*ms' "$1" | head -n 1 | grep -o '[0-9]*ms' | tr -d ms; }

expected_issues() { # the "// expect: RuleId" (Java) and "# expect: RuleId" (config) markers, as "path:line rule"
  (cd "$1" && grep -rnE '(//|#).*\bexpect: \w+\s*$' src \
    | sed -E 's/^([^:]+):([0-9]+):.*expect: (\w+)\s*$/\1:\2 posthog-guard:\3/' | sort)
}

actual_issues() { # our repository's open issues on a project, as "path:line rule"
  api GET "api/issues/search?componentKeys=$1&ps=500&resolved=false" \
    | python3 -c '
import json, sys
d = json.load(sys.stdin)
for i in d["issues"]:
    if i["rule"].startswith("posthog-guard:"):
        print("%s:%s %s" % (i["component"].split(":", 1)[1], i.get("line", 0), i["rule"]))
' | sort
}

check_messages() {
  local messages
  messages=$(api GET "api/issues/search?componentKeys=$1&ps=500&resolved=false" \
    | json "'\n'.join(i['message'] for i in d['issues'] if i['rule'].startswith('posthog-guard:'))")
  printf '%s\n' "$messages" | grep -q 'phx_\.\.\.' || fail "no masked key in the messages: $messages"
  if printf '%s\n' "$messages" | grep -qE 'ph[xsar]_[A-Za-z0-9]{8}'; then
    fail "a message shows a key: $messages"
  fi
  log "messages masked, e.g. $(printf '%s\n' "$messages" | head -n 1)"
}

check_rule_metadata() {
  api GET "api/rules/show?key=posthog-guard:HardcodedPostHogKey" | python3 -c '
import json, sys
r = json.load(sys.stdin)["rule"]
assert r["repo"] == "posthog-guard", r["repo"]
assert r["lang"] == "java", r["lang"]
assert r["type"] == "VULNERABILITY", r["type"]
assert any(i["softwareQuality"] == "SECURITY" for i in r.get("impacts", [])), r.get("impacts")
assert "rotate" in (r.get("htmlDesc", "") + json.dumps(r.get("descriptionSections", []))).lower()
print("rule %s: %s, %s, %s" % (r["key"], r["name"], r["type"], r["impacts"]))
' || fail "rule metadata is not what rules-docs/HardcodedPostHogKey.md says"
  # Security standards are not part of rules/show: the search filters prove them.
  local found
  found=$(api GET "api/rules/search?rule_key=posthog-guard:HardcodedPostHogKey&cwe=798&owaspTop10-2021=a7" | json "d['total']")
  [ "$found" = 1 ] || fail "the rule is not filed under CWE-798 and OWASP A7:2021"
  log "rule filed under CWE-798 and OWASP Top 10 2021 A7"
}

gate_status() { api GET "api/qualitygates/project_status?projectKey=$1" | json "d['projectStatus']['status']"; }

clean_copy() { # examples/ with every key body replaced, debug off, no secret logged, keys in their places: nothing to find
  local target=$1
  mkdir -p "$target"
  cp -r "$ROOT/examples/pom.xml" "$ROOT/examples/src" "$target/"
  find "$target/src" -type f -exec perl -pi -e \
    's/(?<![A-Za-z0-9])[A-Za-z0-9]{41,49}(?![A-Za-z0-9])/your_key_here/g;
     s/\bdebug\(true\)(?=.*expect: PostHogDebugLogsPersonalKey)/debug(false)/;
     $_ = "" if /expect: SecretToLog/;
     $_ = "" if /expect: PostHogKeyClientExposure/;
     s/POSTHOG_PERSONAL_API_KEY/POSTHOG_PROJECT_API_KEY/ if /expect: PostHogKeyMisuse/;
     s#(//|\#) expect: \w+##' {} +
}

install_server
start_server
configure_server
check_rule_metadata

create_profile_and_gate "PostHog Guard only" "No vulnerabilities"
create_project "$PROJECT" "PostHog Guard only" "No vulnerabilities"
analyse "$ROOT/examples" "$PROJECT" "$WORK/analysis.log"

expected=$(expected_issues "$ROOT/examples")
actual=$(actual_issues "$PROJECT")
if [ "$expected" != "$actual" ]; then
  diff <(echo "$expected") <(echo "$actual") || true
  fail "issues differ from the examples' '// expect:' markers (< expected, > actual)"
fi
log "all $(echo "$expected" | wc -l) expected issues, no other: $(echo "$actual" | tr '\n' ';')"
case "$actual" in *"src/main/resources/application.yml:"*) ;; *) fail "no issue on the config file: the sensor did not see it" ;; esac
grep -q 'PostHog Guard: [1-9][0-9]* non-Java files analyzed' "$WORK/analysis.log" \
  || fail "our sensor did not analyze the non-Java files"
log "the config-file sensor: $(grep -o 'PostHog Guard: [0-9]* non-Java files analyzed' "$WORK/analysis.log")"
check_messages "$PROJECT"
[ "$(gate_status "$PROJECT")" = ERROR ] || fail "the gate did not fail on examples/"
log "quality gate ERROR on examples/, as it must be"

clean_copy "$WORK/clean"
create_project "$CLEAN_PROJECT" "PostHog Guard only" "No vulnerabilities"
analyse "$WORK/clean" "$CLEAN_PROJECT" "$WORK/clean-analysis.log"
[ -z "$(actual_issues "$CLEAN_PROJECT")" ] || fail "issues on the clean variant: $(actual_issues "$CLEAN_PROJECT")"
[ "$(gate_status "$CLEAN_PROJECT")" = OK ] || fail "the gate did not pass the clean variant"
log "quality gate OK on the clean variant"

# SonarQube for IDE in connected mode: the engine downloads our plugin from this server and raises
# our issues on examples/. Synchronisation needs a user token (an analysis token gets HTTP 403).
user_token=$(api POST api/user_tokens/generate --data-urlencode name=posthog-guard-ide \
  --data-urlencode type=USER_TOKEN | json "d['token']")
(cd "$ROOT" && mvn -B -ntp verify -pl ide-tests -Dtest=ConnectedModeTest -Dsurefire.failIfNoSpecifiedTests=false \
  -DposthogGuard.sonarqube.url="http://127.0.0.1:$PORT" -DposthogGuard.sonarqube.token="$user_token" \
  -DposthogGuard.sonarqube.projectKey="$PROJECT") >"$WORK/ide.log" 2>&1 \
  || { grep -E 'Tests run|FAIL|expected|Caused' "$WORK/ide.log" | head -n 40; fail "SonarQube for IDE in connected mode"; }
grep -q 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0' "$WORK/ide.log" \
  || { tail -n 40 "$WORK/ide.log"; fail "the connected-mode test did not run"; }
log "SonarQube for IDE (connected mode) downloaded our plugin from the server and raised the same issues"

# The Java sensor's time with our rules active and without them (an empty profile), same code.
# The same analysis imports the CLI's SARIF report, as on SonarQube Cloud, where no plugin can be
# installed: with none of our rules in the profile, our issues there can only come from the SARIF.
api POST api/qualityprofiles/create --data-urlencode language=java --data-urlencode "name=Nothing" >/dev/null
create_project "$PROJECT-baseline" "Nothing" "No vulnerabilities"
sarif=$WORK/examples.sarif
status=0
java -jar "$ROOT/cli/target/posthog-guard.jar" --format sarif --source-root "$ROOT/examples" \
  --output "$sarif" "$ROOT/examples/src" || status=$?
[ "$status" = 1 ] || fail "the CLI did not report the examples' findings (exit $status)"
chmod a+r "$sarif"
analyse "$ROOT/examples" "$PROJECT-baseline" "$WORK/baseline.log" -Dsonar.sarifReportPaths="$sarif"
imported=$(api GET "api/issues/search?componentKeys=$PROJECT-baseline&ps=500&resolved=false" | python3 -c '
import json, sys
d = json.load(sys.stdin)
for i in d["issues"]:
    rule = i["rule"]
    if rule.startswith("posthog-guard:"):
        print("PLUGIN-ISSUE %s" % rule)
    elif rule.startswith("external_") and rule.split(":", 1)[1] in sys.argv[1].split():
        print("%s:%s posthog-guard:%s" % (i["component"].split(":", 1)[1], i.get("line", 0), rule.split(":", 1)[1]))
' "$(api GET "api/rules/search?repositories=posthog-guard&ps=100" | json "' '.join(r['key'].split(':')[1] for r in d['rules'])")" | sort)
case "$imported" in *PLUGIN-ISSUE*) fail "the SARIF project has issues of the plugin's rules: $imported" ;; esac
if [ "$expected" != "$imported" ]; then
  diff <(echo "$expected") <(echo "$imported") || true
  fail "SARIF-imported issues differ from the examples' '// expect:' markers (< expected, > imported)"
fi
engine=$(api GET "api/issues/search?componentKeys=$PROJECT-baseline&ps=1&resolved=false" | json "d['issues'][0]['rule'].split(':')[0]")
sarif_messages=$(api GET "api/issues/search?componentKeys=$PROJECT-baseline&ps=500&resolved=false" \
  | json "'\n'.join(i['message'] for i in d['issues'])")
printf '%s\n' "$sarif_messages" | grep -q 'phx_\.\.\.' || fail "no masked key in the imported messages"
if printf '%s\n' "$sarif_messages" | grep -qE 'ph[xsar]_[A-Za-z0-9]{8}'; then
  fail "an imported message shows a key: $sarif_messages"
fi
log "SARIF import without our rules in the profile: all $(echo "$imported" | wc -l) expected issues as $engine:* (external), messages masked"
log "Java sensor: $(java_sensor_ms "$WORK/analysis.log") ms with our rules, $(java_sensor_ms "$WORK/baseline.log") ms without (examples/, one run each: noise dominates at this size)"
# With SENSOR_BENCHMARK_DIR (set by benchmarks/run.sh): what our rules add to a real profile on real
# code: "Sonar way" against a copy of it with our rules, two rounds interleaved. Lines starting
# "SENSOR-BENCHMARK " are the table benchmarks/run.sh keeps.
if [ -n "${SENSOR_BENCHMARK_DIR:-}" ]; then
  bench=$WORK/sensor-benchmark
  mkdir -p "$bench/src/main/java"
  cp -r "$SENSOR_BENCHMARK_DIR"/. "$bench/src/main/java/"
  chmod -R a+rwX "$bench"
  cat >"$bench/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>posthog-guard.benchmark</groupId>
  <artifactId>corpus</artifactId>
  <version>1</version>
</project>
POM
  sonar_way=$(api GET "api/qualityprofiles/search?language=java" | json "[p['key'] for p in d['profiles'] if p['name'] == 'Sonar way'][0]")
  with_ours=$(api POST api/qualityprofiles/copy --data-urlencode "fromKey=$sonar_way" \
    --data-urlencode "toName=Sonar way + PostHog Guard" | json "d['key']")
  api POST api/qualityprofiles/activate_rules --data-urlencode "targetKey=$with_ours" \
    --data-urlencode repositories=posthog-guard >/dev/null
  create_project "$PROJECT-corpus-ours" "Sonar way + PostHog Guard" "No vulnerabilities"
  create_project "$PROJECT-corpus-none" "Sonar way" "No vulnerabilities"
  with=() without=()
  for round in 1 2; do
    analyse "$bench" "$PROJECT-corpus-ours" "$WORK/corpus-ours-$round.log"
    with+=("$(java_sensor_ms "$WORK/corpus-ours-$round.log")")
    analyse "$bench" "$PROJECT-corpus-none" "$WORK/corpus-none-$round.log"
    without+=("$(java_sensor_ms "$WORK/corpus-none-$round.log")")
  done
  files=$(find "$bench/src/main/java" -name '*.java' | wc -l)
  best_with=$(printf '%s\n' "${with[@]}" | sort -n | head -n 1)
  best_without=$(printf '%s\n' "${without[@]}" | sort -n | head -n 1)
  echo "SENSOR-BENCHMARK | profile | Java sensor, rounds (ms) | best (ms) |"
  echo "SENSOR-BENCHMARK |---|---|---:|"
  echo "SENSOR-BENCHMARK | Sonar way + our five rules | ${with[*]} | $best_with |"
  echo "SENSOR-BENCHMARK | Sonar way | ${without[*]} | $best_without |"
  echo "SENSOR-BENCHMARK "
  echo "SENSOR-BENCHMARK $files files, SonarQube $SQ_VERSION; our rules: ×$(awk -v a="$best_with" -v b="$best_without" 'BEGIN { printf "%.2f", a / b }') on the sensor (best of rounds; target ≤ ×1.05)."
fi
log "PASSED"
