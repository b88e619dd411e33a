#!/usr/bin/env bash
# Builds the container image's base (Debian 12 + OpenJDK 17 JRE) from Debian's packages alone, without Docker and
# without any container registry, as a docker-archive tar that Jib takes as `tar://` base image
# (docs/operations.md#container-image).
#
#   sudo deploy/base-image.sh /var/tmp/sipetruk-base.tar
#   ./mvnw -Pimage -DskipTests -Dimage.base=tar:///var/tmp/sipetruk-base.tar package
#
# Needs mmdebstrap (apt-get install mmdebstrap) and a Debian mirror (MIRROR, default deb.debian.org); run as root
# (or as a user with unprivileged user namespaces: mmdebstrap picks its mode itself).
set -euo pipefail

out="${1:?usage: $0 OUTPUT.tar}"
mirror="${MIRROR:-http://deb.debian.org/debian}"
security="${SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# essential: dpkg, coreutils, bash and friends, without apt; then the JRE, CA certificates and time zones.
# Man pages, docs and translations are left out (the JRE's postinst needs /usr/share/man/man1 to exist; the hook's
# $1, the new root, is expanded by mmdebstrap, not here).
# shellcheck disable=SC2016
mmdebstrap --variant=essential \
  --include=openjdk-17-jre-headless,ca-certificates,tzdata,fontconfig-config \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  bookworm "$work/layer.tar" "deb $mirror bookworm main" "deb $security bookworm-security main"

# One layer, its config and a manifest: the format of `docker save`.
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
created="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"$created","created_by":"deploy/base-image.sh (mmdebstrap bookworm, openjdk-17-jre-headless)"}]}
JSON
cat > "$work/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["sipetruk-base:17-bookworm"],"Layers":["layer.tar"]}]
JSON
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out"
