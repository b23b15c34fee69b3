# shellcheck shell=bash
# Ports and paths come from lib/common.sh, sourced first by stack.sh.
# shellcheck disable=SC2153
# Postgres: TypeORM metadata and the Iceberg JDBC catalog, one database `tarn`.

PG_BIN=/usr/lib/postgresql/15/bin
PG_ROOT="$STATE_DIR/postgres"
PG_DATA="$PG_ROOT/data"
PG_SOCKET_DIR="$PG_ROOT/run"

# Postgres refuses to run as root, so as root everything runs as the Debian
# `postgres` user; as a normal user it runs as that user. `cd /` because the
# caller's cwd (often /root) is not readable by postgres and initdb complains.
as_pg() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

pg_superuser() { if ((EUID == 0)); then echo postgres; else id -un; fi; }

pg_pid() {
  if [[ -r $PG_DATA/postmaster.pid ]]; then head -n1 "$PG_DATA/postmaster.pid"; fi
}

pg_running() { pid_alive "$(pg_pid)" postgres; }

# Admin SQL over the unix socket with peer auth: no superuser password exists.
pg_admin_sql() {
  as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" \
    -U "$(pg_superuser)" -d postgres "$@"
}

pg_init() {
  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  mkdir -p "$PG_ROOT"
  if ((EUID == 0)); then
    chown postgres:postgres "$PG_ROOT"
    runuser -u postgres -- test -x "$PG_ROOT" ||
      service_failed postgres "the postgres OS user cannot reach $PG_ROOT; every parent directory of TARN_STATE_DIR must be world-executable"
  fi
  as_pg mkdir -p "$PG_DATA" "$PG_SOCKET_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U "$(pg_superuser)" -E UTF8 --no-locale \
    --auth-local=peer --auth-host=scram-sha-256 >>"$(log_file postgres)" 2>&1 ||
    service_failed postgres "initdb failed"
  # Our settings live in their own file, rewritten on every start so port
  # overrides take effect; postgresql.conf itself stays as initdb wrote it.
  echo "include_if_exists = 'tarn.conf'" | as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null
  # Loopback TCP with SCRAM for apps; socket with peer auth only for bootstrap.
  as_pg tee "$PG_DATA/pg_hba.conf" >/dev/null <<EOF
local all all                peer
host  all all 127.0.0.1/32   scram-sha-256
EOF
}

pg_write_conf() {
  as_pg tee "$PG_DATA/tarn.conf" >/dev/null <<EOF
listen_addresses = '$BIND_HOST'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET_DIR'
password_encryption = 'scram-sha-256'
max_connections = 200
shared_buffers = 256MB
effective_cache_size = 1GB
work_mem = 8MB
maintenance_work_mem = 64MB
log_min_messages = warning
log_connections = off
EOF
}

pg_bootstrap_db() {
  if [[ -z $(pg_admin_sql -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'tarn'") ]]; then
    # Password goes through stdin, not argv, so it never shows up in ps.
    # It is hex, so it needs no escaping inside the literal.
    pg_admin_sql >/dev/null <<SQL
CREATE ROLE tarn LOGIN PASSWORD '$PG_PASSWORD';
SQL
  fi
  if [[ -z $(pg_admin_sql -tAc "SELECT 1 FROM pg_database WHERE datname = 'tarn'") ]]; then
    pg_admin_sql -c "CREATE DATABASE tarn OWNER tarn" >/dev/null
  fi
}

# The Iceberg JDBC catalog tables (which Trino does not create itself) belong to Tarn's
# schema migrations, applied by `tarn db migrate` and at gateway boot; the stack only
# provides the database.

postgres_up() {
  local t0
  t0=$(now_us)
  if pg_running; then
    wait_until postgres 30 "$(pg_pid)" \
      "$PG_BIN/pg_isready" -q -h "$BIND_HOST" -p "$PG_PORT" -d postgres
    # Still make sure the database and catalog tables exist: cheap, and it
    # repairs a database someone dropped while the server kept running.
    pg_bootstrap_db
    say "postgres: already running on $BIND_HOST:$PG_PORT (pid $(pg_pid))"
    return 0
  fi
  require_free_port postgres "$PG_PORT"
  local log
  log=$(log_file postgres)
  touch "$log"
  ((EUID == 0)) && chown postgres:postgres "$log"
  pg_init
  pg_write_conf
  # pg_ctl's own complaints and the server's output share one log; both append.
  # shellcheck disable=SC2094
  # 9>&-: the postmaster must not inherit the state-dir lock (see spawn).
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$log" -s -w -t 60 start >>"$log" 2>&1 9>&- ||
    service_failed postgres "pg_ctl start failed"
  wait_until postgres 30 "$(pg_pid)" \
    "$PG_BIN/pg_isready" -q -h "$BIND_HOST" -p "$PG_PORT" -d postgres
  pg_bootstrap_db
  pg_pid >"$(pid_file postgres)"
  say "postgres: ready on $BIND_HOST:$PG_PORT ($(elapsed "$t0"))"
}

postgres_down() {
  if pg_running; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -s -m fast -w -t 60 stop >>"$(log_file postgres)" 2>&1 ||
      stop_pid "$(pg_pid)" postgres 30
    say "postgres: stopped"
  fi
  rm -f "$(pid_file postgres)"
}

postgres_status() { status_line postgres "$PG_PORT" "$(pg_pid)" postgres; }
