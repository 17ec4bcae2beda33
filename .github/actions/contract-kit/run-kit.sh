#!/usr/bin/env bash
# Runs the Team & Auth API contract kit against a running server, as the contract-kit action does in users' CI.
# Needs Java 17+ and curl. Settings come from the environment:
#   CONTRACT_BASE_URL, CONTRACT_TEAM_ID         the server and the team (required)
#   CONTRACT_ADMIN_KEY, CONTRACT_MEMBER_KEY, CONTRACT_OTHER_TEAM_KEY,
#   CONTRACT_DISPOSABLE_MEMBER_ID, CONTRACT_DISPOSABLE_MEMBER_KEY   the keys (from secrets; never echoed)
#   KIT_VERSION   the teamauth-contract-tests release whose runnable jar is fetched from Maven Central
#   KIT_JAR       a runnable jar to use instead of fetching one (our own CI passes the one it built)
#   KIT_REPORTS   where JUnit XML and the coverage table go (default: contract-reports)
# Exits as the kit does: 0 passed, 1 a check failed, 2 a wrong target or usage, 3 incomplete.
set -euo pipefail

: "${CONTRACT_BASE_URL:?set CONTRACT_BASE_URL to the API base URL, e.g. http://127.0.0.1:8080/v1}"
: "${CONTRACT_TEAM_ID:?set CONTRACT_TEAM_ID to the team the keys belong to}"
reports=${KIT_REPORTS:-contract-reports}

jar=${KIT_JAR:-}
if [ -z "$jar" ]; then
  : "${KIT_VERSION:?set KIT_VERSION to a released version of teamauth-contract-tests, or KIT_JAR to a jar}"
  if ! [[ $KIT_VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    echo "contract-kit: KIT_VERSION must be a release version such as 2.0.0" >&2
    exit 2
  fi
  name=teamauth-contract-tests-$KIT_VERSION-runnable.jar
  url=https://repo1.maven.org/maven2/io/github/teamauthkit/teamauth-contract-tests/$KIT_VERSION/$name
  jar=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/$name
  curl -fsSL --retry 3 -o "$jar" "$url"
  # Central's checksum: a download cut short or changed on the way is refused, not run.
  expected=$(curl -fsSL --retry 3 "$url.sha1" | cut -c1-40)
  actual=$(sha1sum "$jar" | cut -c1-40)
  if [ "$expected" != "$actual" ]; then
    echo "contract-kit: $name does not match Maven Central's checksum" >&2
    exit 2
  fi
fi

exec java -jar "$jar" --base-url "$CONTRACT_BASE_URL" --team-id "$CONTRACT_TEAM_ID" --reports "$reports" --require-full-coverage
