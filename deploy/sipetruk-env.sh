# shellcheck shell=bash
# Shared by backup.sh and restore.sh: reads the database connection from the environment or from SI PETRUK's
# environment file, and turns it into libpq's variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD).
# Variables already set in the environment win over the file. The file is parsed, never executed.

SIPETRUK_ENV_FILE="${SIPETRUK_ENV_FILE:-/etc/sipetruk/sipetruk.env}"

sipetruk_read_env_file() {
  local line key value
  [[ -r "$SIPETRUK_ENV_FILE" ]] || return 0
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ ^[[:space:]]*(SIPETRUK_[A-Z0-9_]+)=(.*)$ ]] || continue
    key="${BASH_REMATCH[1]}"
    value="${BASH_REMATCH[2]}"
    if [[ "$value" =~ ^\"(.*)\"$ ]] || [[ "$value" =~ ^\'(.*)\'$ ]]; then
      value="${BASH_REMATCH[1]}"
    fi
    if [[ -z "${!key+set}" ]]; then
      printf -v "$key" '%s' "$value"
      export "${key?}"
    fi
  done < "$SIPETRUK_ENV_FILE"
}

# jdbc:postgresql://host[:port]/database[?parameters] -> PGHOST, PGPORT, PGDATABASE; user and password too.
sipetruk_connection() {
  sipetruk_read_env_file
  local url="${SIPETRUK_DB_URL:-jdbc:postgresql://127.0.0.1:5432/sipetruk}"
  if [[ ! "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^/?]+)(\?.*)?$ ]]; then
    echo "SIPETRUK_DB_URL is not jdbc:postgresql://host[:port]/database: $url" >&2
    exit 2
  fi
  export PGHOST="${BASH_REMATCH[1]}"
  export PGPORT="${BASH_REMATCH[3]:-5432}"
  export PGDATABASE="${BASH_REMATCH[4]}"
  export PGUSER="${SIPETRUK_DB_USER:-postgres}"
  if [[ -n "${SIPETRUK_DB_PASSWORD:-}" ]]; then
    export PGPASSWORD="$SIPETRUK_DB_PASSWORD"
  fi
}
