#!/usr/bin/env bash
# SI PETRUK backup (docs/operations.md#backups).
#
#   deploy/backup.sh            # as root or the sipetruk user, e.g. daily from sipetruk-backup.timer
#
# Makes $SIPETRUK_BACKUP_DIR/sipetruk-YYYYMMDD-HHMMSS/ with
#   sipetruk.dump   pg_dump custom format of the whole database: SI PETRUK's tables (every generated PDF, evidence
#                   file and the logo are stored in the database, not on disk) and Camunda's (processes, history)
#   sipetruk.env    a copy of the environment file: it holds SIPETRUK_VERIFICATION_SECRET, without which printed
#                   documents no longer verify after a restore (0600; keep the backups as safe as the server)
#   SHA256SUMS      checksums, checked by restore.sh
# then deletes backups older than SIPETRUK_BACKUP_KEEP_DAYS (30) days, always keeping the newest
# SIPETRUK_BACKUP_KEEP_MIN (7). Prints the new backup's path on the last line.
#
# The connection comes from /etc/sipetruk/sipetruk.env (SIPETRUK_ENV_FILE) or the environment: SIPETRUK_DB_URL,
# SIPETRUK_DB_USER, SIPETRUK_DB_PASSWORD. The application may keep running: pg_dump reads one consistent snapshot.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=sipetruk-env.sh
. "$here/sipetruk-env.sh"
sipetruk_connection

backup_dir="${SIPETRUK_BACKUP_DIR:-/var/backups/sipetruk}"
keep_days="${SIPETRUK_BACKUP_KEEP_DAYS:-30}"
keep_min="${SIPETRUK_BACKUP_KEEP_MIN:-7}"
[[ "$keep_days" =~ ^[0-9]+$ && "$keep_min" =~ ^[0-9]+$ ]] || { echo "keep days and minimum must be numbers" >&2; exit 2; }

umask 077
mkdir -p "$backup_dir"
name="sipetruk-$(date +%Y%m%d-%H%M%S)"
work="$backup_dir/.$name.partial"
rm -rf "$work"
mkdir "$work"
trap 'rm -rf "$work"' EXIT

echo "Backing up database $PGDATABASE on $PGHOST:$PGPORT to $backup_dir/$name" >&2
pg_dump --format=custom --compress=6 --no-password --file="$work/sipetruk.dump"
# a dump that pg_restore cannot read is no backup
pg_restore --list "$work/sipetruk.dump" > /dev/null
if [[ -r "$SIPETRUK_ENV_FILE" ]]; then
  cp "$SIPETRUK_ENV_FILE" "$work/sipetruk.env"
else
  echo "Warning: $SIPETRUK_ENV_FILE not readable; keep SIPETRUK_VERIFICATION_SECRET safe elsewhere" >&2
fi
(cd "$work" && sha256sum -- * > SHA256SUMS)
mv "$work" "$backup_dir/$name"
trap - EXIT

# Retention: older than keep_days, but never one of the newest keep_min.
mapfile -t backups < <(find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name 'sipetruk-[0-9]*' -printf '%f\n' | sort -r)
for ((i = keep_min; i < ${#backups[@]}; i++)); do
  old="$backup_dir/${backups[i]}"
  if [[ -n "$(find "$old" -maxdepth 0 -mtime +"$keep_days")" ]]; then
    echo "Removing old backup $old" >&2
    rm -rf -- "$old"
  fi
done

echo "$backup_dir/$name"
