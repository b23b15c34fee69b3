# shellcheck shell=bash
# Ports and paths come from lib/common.sh, sourced first by stack.sh.
# shellcheck disable=SC2153
# Installs what the stack needs: Debian packages and the Trino artifacts.

TRINO_HOME="$CACHE_DIR/trino-server-$TRINO_VERSION"
TRINO_CLI_JAR="$CACHE_DIR/trino-cli-$TRINO_VERSION-executable.jar"

# package -> a file that proves it is installed. Checking files rather than
# dpkg status keeps a warm `up` free of dpkg-query forks.
declare -A APT_PROBES=(
  [postgresql]=/usr/lib/postgresql/15/bin/postgres
  [redis-server]=/usr/bin/redis-server
  [ceph-mon]=/usr/bin/ceph-mon
  [ceph-osd]=/usr/bin/ceph-osd
  [radosgw]=/usr/bin/radosgw
  [ceph-common]=/usr/bin/radosgw-admin
  [openssl]=/usr/bin/openssl
  [curl]=/usr/bin/curl
  [uuid-runtime]=/usr/bin/uuidgen
  [maven]=/usr/bin/mvn
  # The ingest tests compress zstd bodies with it (Node 20's zlib has no zstd).
  [zstd]=/usr/bin/zstd
)

install_packages() {
  local missing=() pkg
  for pkg in "${!APT_PROBES[@]}"; do
    [[ -e ${APT_PROBES[$pkg]} ]] || missing+=("$pkg")
  done
  # Maven is only needed to fetch Trino; a machine with a warm cache has no use for it.
  if [[ -f $TRINO_HOME/.complete && -f $TRINO_CLI_JAR ]]; then
    local filtered=()
    for pkg in "${missing[@]}"; do [[ $pkg == maven ]] || filtered+=("$pkg"); done
    missing=("${filtered[@]}")
  fi
  ((${#missing[@]} == 0)) && return 0

  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || die "missing packages (${missing[*]}) and not root; install them or run as root"
    sudo=(sudo)
  fi
  local t0 log
  t0=$(now_us)
  log=$(log_file install)
  say "install: apt-get install ${missing[*]} (log: $log)"
  # The Debian postinst scripts would otherwise try to start system-wide
  # postgres/redis/ceph services on their default ports; policy-rc.d 101 tells
  # invoke-rc.d not to. Only installed when absent, and removed afterwards.
  local policy=/usr/sbin/policy-rc.d policy_added=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 0755 "$policy"
    policy_added=1
  fi
  local rc=0
  {
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o DPkg::Lock::Timeout=600 "${missing[@]}"
  } >>"$log" 2>&1 || rc=$?
  ((policy_added)) && "${sudo[@]}" rm -f "$policy"
  ((rc == 0)) || service_failed install "apt-get failed (exit $rc)"
  say "install: packages ready ($(elapsed "$t0"))"
}

maven_fetch() {
  local artifact=$1 log
  log=$(log_file install)
  mkdir -p "$CACHE_DIR/downloads"
  mvn -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$CACHE_DIR/downloads" \
    -Dmdep.overWriteIfNewer=true >>"$log" 2>&1 ||
    service_failed install "maven could not fetch $artifact"
}

install_trino() {
  [[ -f $TRINO_HOME/.complete && -f $TRINO_CLI_JAR ]] && return 0
  # The cache is shared by every state dir (e.g. a dev stack and a test stack
  # started together on a fresh machine); only one of them may unpack.
  mkdir -p "$CACHE_DIR"
  exec 8>"$CACHE_DIR/.install.lock"
  flock -w 1800 8 || die "timed out waiting for another stack.sh to install Trino into $CACHE_DIR"
  if [[ -f $TRINO_HOME/.complete && -f $TRINO_CLI_JAR ]]; then
    exec 8>&-
    return 0
  fi
  local t0
  t0=$(now_us)
  say "install: fetching Trino $TRINO_VERSION via Maven into $CACHE_DIR (log: $(log_file install))"
  local dl="$CACHE_DIR/downloads"
  local server_tgz="$dl/trino-server-core-$TRINO_VERSION.tar.gz"
  local iceberg_zip="$dl/trino-iceberg-$TRINO_VERSION.zip"
  local cli_jar="$dl/trino-cli-$TRINO_VERSION-executable.jar"
  [[ -f $server_tgz ]] || maven_fetch "io.trino:trino-server-core:$TRINO_VERSION:tar.gz"
  [[ -f $iceberg_zip ]] || maven_fetch "io.trino:trino-iceberg:$TRINO_VERSION:zip"
  [[ -f $cli_jar ]] || maven_fetch "io.trino:trino-cli:$TRINO_VERSION:jar:executable"

  if [[ ! -f $TRINO_HOME/.complete ]]; then
    # Unpack beside the final location and rename, so an interrupted unpack
    # never leaves a half-populated server that later runs would trust.
    local tmp="$TRINO_HOME.tmp.$$"
    rm -rf "$tmp" "$TRINO_HOME"
    mkdir -p "$tmp"
    tar -xzf "$server_tgz" -C "$tmp" --strip-components=1
    local ztmp="$tmp/.iceberg"
    mkdir -p "$ztmp"
    (cd "$ztmp" && jar_unzip "$iceberg_zip")
    mv "$ztmp/trino-iceberg-$TRINO_VERSION" "$tmp/plugin/iceberg"
    rm -rf "$ztmp"
    ls "$tmp"/plugin/iceberg/org.postgresql_postgresql-*.jar >/dev/null 2>&1 ||
      service_failed install "the iceberg plugin has no PostgreSQL JDBC driver"
    touch "$tmp/.complete"
    mv "$tmp" "$TRINO_HOME"
  fi
  cp -f "$cli_jar" "$TRINO_CLI_JAR"
  # Maven keeps its own copy in ~/.m2; this one only fed the unpack.
  rm -rf "$dl"
  exec 8>&-
  say "install: Trino $TRINO_VERSION ready in $TRINO_HOME ($(elapsed "$t0"))"
}

# unzip(1) is not guaranteed on a minimal Debian; the JDK's jar tool is, since
# Trino needs the JDK anyway. Prefer unzip when present: it is much faster.
jar_unzip() {
  if command -v unzip >/dev/null; then
    unzip -q "$1"
  else
    "$JAVA_HOME_TARN/bin/jar" xf "$1"
  fi
}

install_all() {
  install_packages
  JAVA_HOME_TARN=$(find_java_home) ||
    die "Trino $TRINO_VERSION needs a JDK >= 24: set JAVA_HOME or install one under /usr/lib/jvm (e.g. Temurin 25); Debian 12 has none"
  install_trino
}
