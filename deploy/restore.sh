#!/usr/bin/env bash
# SI PETRUK restore (docs/operations.md#restore).
#
#   deploy/restore.sh [--force] BACKUP     # BACKUP: a backup directory made by backup.sh, or its sipetruk.dump
#
# Restores into the database of SIPETRUK_DB_URL (from /etc/sipetruk/sipetruk.env or the environment), which must
# exist and be EMPTY: a database with tables is refused unless --force, which drops what the dump contains first.
# Stop the application before (systemctl stop sipetruk) and start it after: Flyway and Camunda find their schema
# as it was. Start it with the SIPETRUK_VERIFICATION_SECRET of the backup's sipetruk.env, or printed documents
# answer TIDAK DIKENAL.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=sipetruk-env.sh
. "$here/sipetruk-env.sh"

force=no
if [[ "${1:-}" == "--force" ]]; then
  force=yes
  shift
fi
if [[ $# -ne 1 ]]; then
  echo "usage: $0 [--force] BACKUP-DIRECTORY|sipetruk.dump" >&2
  exit 2
fi
backup="$1"
if [[ -d "$backup" ]]; then
  if [[ -f "$backup/SHA256SUMS" ]]; then
    (cd "$backup" && sha256sum --check --quiet SHA256SUMS) || { echo "Checksums of $backup do not match" >&2; exit 3; }
  fi
  dump="$backup/sipetruk.dump"
else
  dump="$backup"
fi
[[ -r "$dump" ]] || { echo "No readable dump: $dump" >&2; exit 2; }
pg_restore --list "$dump" > /dev/null || { echo "Not a pg_dump custom-format file: $dump" >&2; exit 3; }

sipetruk_connection
tables="$(psql --no-password --no-psqlrc --tuples-only --no-align --command \
  "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname not like 'pg\_toast%'")"
if [[ "$tables" != "0" && "$force" != "yes" ]]; then
  echo "Refusing to restore: database $PGDATABASE on $PGHOST:$PGPORT is not empty ($tables tables)." >&2
  echo "Restore into a new empty database (createdb), or give --force to overwrite this one." >&2
  exit 4
fi

clean=()
if [[ "$tables" != "0" ]]; then
  echo "--force: dropping the objects of the dump in $PGDATABASE first" >&2
  clean=(--clean --if-exists)
fi
echo "Restoring $dump into database $PGDATABASE on $PGHOST:$PGPORT" >&2
pg_restore --no-password --no-owner --no-privileges --exit-on-error --single-transaction "${clean[@]}" \
  --dbname="$PGDATABASE" "$dump"
echo "Restored. Start SI PETRUK with the SIPETRUK_VERIFICATION_SECRET of the backup's sipetruk.env." >&2
