#!/usr/bin/env bash
# A browser app's e2e tests through `commu-contract proxy` (docs/proxy.md): start the server,
# the proxy in front of it, run Playwright (examples/proxy/playwright.config.ts points the app
# at the proxy), stop the proxy with SIGTERM and fail when the tests failed or when the proxy
# saw any violation (its exit code: 0 none, 1 violations, 2 usage, 3 upstream unreachable).
# Reports: proxy-reports/conformance.{json,junit.xml,md,html}.
set -u
SERVER_URL=${SERVER_URL:-http://127.0.0.1:3000}
export PROXY_URL=${PROXY_URL:-http://127.0.0.1:3100}

# Your server here (replace), listening on $SERVER_URL.
npm run start:server -- --port 3000 > server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
until curl -sS -o /dev/null "$SERVER_URL/" 2>/dev/null; do sleep 0.5; done

npx commu-contract proxy --upstream "$SERVER_URL" --port "${PROXY_URL##*:}" --report-dir proxy-reports > proxy.log 2>&1 &
PROXY=$!
until grep -q '^proxy listening on' proxy.log; do
  kill -0 $PROXY 2>/dev/null || { cat proxy.log >&2; exit 1; }
  sleep 0.2
done

npx playwright test "$@"
TESTS=$?

kill -TERM $PROXY
wait $PROXY
CONTRACT=$?
grep -E '^(VIOLATION|WARNING) ' proxy.log || true
tail -n 1 proxy.log

if [ $TESTS -ne 0 ]; then exit $TESTS; fi
exit $CONTRACT
