#!/usr/bin/env bash
# Guesses passwords against a running instance, as in the probe that found the holes: form sign-ins and HTTP
# Basic at about 15 a second from one address, then the right password, and counts the answers by status.
#   PROBE_URL=http://127.0.0.1:8080 PROBE_EMAIL=admin@newsquiz.local PROBE_PASSWORD=... probe.sh
set -euo pipefail
url=${PROBE_URL:-http://127.0.0.1:8080}
email=${PROBE_EMAIL:?the account to guess at}
password=${PROBE_PASSWORD:?its right password, tried last}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

form_sign_in() {
  local token
  token=$(curl -s -c "$jar" -b "$jar" "$url/login" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p')
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' -b "$jar" --data-urlencode "j_username=$email" \
    --data-urlencode "j_password=$1" --data-urlencode "csrf-token=$token" "$url/j_security_check"
}

echo "40 wrong form sign-ins:"
for i in $(seq 40); do form_sign_in "wrong guess $i"; done | sort | uniq -c
echo "right password by form right after them: $(form_sign_in "$password")"
echo "300 wrong HTTP Basic guesses at about 15/s:"
for i in $(seq 300); do
  curl -s -o /dev/null -w '%{http_code}\n' -u "$email:guess $i" "$url/api/articles"
  sleep 0.066
done | sort | uniq -c
echo "right password by Basic right after them: $(curl -s -o /dev/null -w '%{http_code}' -u "$email:$password" "$url/api/articles")"
