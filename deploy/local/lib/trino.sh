# shellcheck shell=bash
# Ports and paths come from lib/common.sh, sourced first by stack.sh.
# shellcheck disable=SC2153
# Trino: HTTPS + password auth only, Iceberg catalog `lake` on Postgres + RGW.

TRINO_ROOT="$STATE_DIR/trino"
TRINO_ETC="$TRINO_ROOT/etc"
TRINO_DATA="$TRINO_ROOT/data"
TRINO_TEMPLATES="$STACK_DIR/trino/etc"
TRINO_KEYSTORE="$CERT_DIR/trino-keystore.p12"
TRINO_CA_PEM="$CERT_DIR/trino-ca.pem"
TRINO_URL="https://$BIND_HOST:$TRINO_PORT"
TRINO_USER=tarn
TRINO_HEAP="${TARN_TRINO_HEAP:-3G}"
# The launcher script execs the Go launcher, which execs java, all in the same
# pid; our etc dir appears in every stage's command line (--etc-dir, then
# -Dconfig=...). It is per state dir, so it also tells two stacks apart, and
# it does not depend on TARN_CACHE_DIR being the same as at `up`.
TRINO_PROC="$TRINO_ETC/"

trino_certs() {
  [[ -s $TRINO_KEYSTORE && -s $TRINO_CA_PEM ]] && return 0
  local log
  log=$(log_file trino)
  rm -f "$TRINO_KEYSTORE" "$TRINO_CA_PEM"
  # Self-signed, valid for the loopback names clients use. The store password
  # is passed through the environment (:env), not argv.
  (
    umask 077
    KS_PW=$TRINO_KEYSTORE_PASSWORD "$JAVA_HOME_TARN/bin/keytool" -genkeypair -noprompt \
      -alias trino -keyalg RSA -keysize 2048 -validity 3650 \
      -dname "CN=localhost, O=Tarn local development" \
      -ext "SAN=ip:$BIND_HOST,dns:localhost" \
      -keystore "$TRINO_KEYSTORE" -storetype PKCS12 \
      -storepass:env KS_PW -keypass:env KS_PW >>"$log" 2>&1
  ) || service_failed trino "keytool -genkeypair failed"
  KS_PW=$TRINO_KEYSTORE_PASSWORD "$JAVA_HOME_TARN/bin/keytool" -exportcert -rfc -alias trino \
    -keystore "$TRINO_KEYSTORE" -storetype PKCS12 -storepass:env KS_PW \
    -file "$TRINO_CA_PEM" >>"$log" 2>&1 || service_failed trino "keytool -exportcert failed"
  # The certificate is public; clients (Node, the CLI) read it.
  chmod 0644 "$TRINO_CA_PEM"
}

trino_password_db() {
  local db="$TRINO_ETC/password.db" stamp="$TRINO_ROOT/password.db.for"
  # Re-hash only when the password changed: compiling the helper costs ~1 s.
  local want
  want=$(printf '%s' "$TRINO_PASSWORD" | openssl dgst -sha256 -r | cut -d' ' -f1)
  [[ -s $db && -s $stamp && $(<"$stamp") == "$want" ]] && return 0
  local cp hash
  cp=$(printf '%s:' "$TRINO_HOME"/plugin/password-authenticators/at.favre.lib_*.jar)
  hash=$(printf '%s\n' "$TRINO_PASSWORD" |
    "$JAVA_HOME_TARN/bin/java" -cp "${cp%:}" "$STACK_DIR/trino/BcryptHash.java" 2>>"$(log_file trino)") ||
    service_failed trino "could not bcrypt-hash the Trino password"
  (
    umask 077
    printf '%s:%s\n' "$TRINO_USER" "$hash" >"$db"
  )
  echo "$want" >"$stamp"
}

# Replace @NAME@ placeholders; plain bash so values need no sed escaping.
render() {
  local src=$1 dst=$2 content
  content=$(<"$src")
  content=${content//@NODE_ID@/$TRINO_NODE_ID}
  content=${content//@DATA_DIR@/$TRINO_DATA}
  content=${content//@ETC_DIR@/$TRINO_ETC}
  content=${content//@TRINO_HOME@/$TRINO_HOME}
  content=${content//@BIND_HOST@/$BIND_HOST}
  content=${content//@TRINO_PORT@/$TRINO_PORT}
  content=${content//@HEAP@/$TRINO_HEAP}
  content=${content//@KEYSTORE@/$TRINO_KEYSTORE}
  content=${content//@KEYSTORE_PASSWORD@/$TRINO_KEYSTORE_PASSWORD}
  content=${content//@CA_PEM@/$TRINO_CA_PEM}
  content=${content//@SHARED_SECRET@/$TRINO_SHARED_SECRET}
  content=${content//@PG_PORT@/$PG_PORT}
  content=${content//@PG_PASSWORD@/$PG_PASSWORD}
  content=${content//@RGW_PORT@/$RGW_PORT}
  content=${content//@S3_REGION@/$S3_REGION}
  content=${content//@S3_ACCESS_KEY@/$S3_TRINO_ACCESS_KEY}
  content=${content//@S3_SECRET_KEY@/$S3_TRINO_SECRET_KEY}
  [[ $content != *@[A-Z_]*@* ]] || die "unrendered placeholder left in $src"
  printf '%s\n' "$content" >"$dst"
}

trino_write_etc() {
  mkdir -p "$TRINO_ETC/catalog" "$TRINO_DATA"
  chmod 0700 "$TRINO_ETC"
  if [[ -z ${TRINO_NODE_ID:-} ]]; then
    set_secret TRINO_NODE_ID "tarn-$(uuidgen | tr -d '-' | cut -c1-12)"
  fi
  local f
  (
    umask 077
    for f in node.properties jvm.config config.properties log.properties \
      password-authenticator.properties catalog/lake.properties; do
      render "$TRINO_TEMPLATES/$f" "$TRINO_ETC/$f"
    done
  )
  trino_password_db
}

# curl with the password on stdin (-K -) and the generated CA, never -k.
trino_curl() {
  printf 'user = "%s:%s"\n' "$TRINO_USER" "$TRINO_PASSWORD" |
    curl -sS -m 10 --cacert "$TRINO_CA_PEM" -K - "$@"
}

trino_started() {
  local info
  info=$(trino_curl "$TRINO_URL/v1/info") || return 1
  [[ $info == *'"starting":false'* ]]
}

trino_cli() {
  TRINO_PASSWORD=$TRINO_PASSWORD "$JAVA_HOME_TARN/bin/java" -jar "$TRINO_CLI_JAR" \
    --server "$TRINO_URL" --user "$TRINO_USER" --password \
    --truststore-path "$TRINO_CA_PEM" "$@"
}

trino_select_1() {
  [[ $(trino_cli --execute 'SELECT 1' 2>>"$(log_file trino)") == '"1"' ]]
}

trino_up() {
  local t0 pid
  t0=$(now_us)
  pid=$(read_pid trino)
  if pid_alive "$pid" "$TRINO_PROC"; then
    # A previous `up` may have given up while Trino was still starting; only
    # the cheap HTTP check here, the CLI round trip ran when it was started.
    wait_until trino 300 "$pid" trino_started
    say "trino: already running on $TRINO_URL (pid $pid)"
    return 0
  fi
  require_free_port trino "$TRINO_PORT"
  trino_certs
  trino_write_etc
  spawn trino "$TRINO_HOME/bin/launcher" run \
    --jvm-dir "$JAVA_HOME_TARN" --etc-dir "$TRINO_ETC" --data-dir "$TRINO_DATA"
  pid=$(read_pid trino)
  wait_until trino 300 "$pid" trino_started
  wait_until trino 60 "$pid" trino_select_1
  say "trino: ready on $TRINO_URL ($(elapsed "$t0"))"
}

trino_down() {
  local pid
  pid=$(read_pid trino)
  if pid_alive "$pid" "$TRINO_PROC"; then
    stop_pid "$pid" "$TRINO_PROC" 60
    say "trino: stopped"
  fi
  rm -f "$(pid_file trino)"
}

trino_status() { status_line trino "$TRINO_PORT" "$(read_pid trino)" "$TRINO_PROC"; }
