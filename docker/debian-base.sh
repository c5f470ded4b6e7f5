#!/usr/bin/env bash
# Builds a base image from Debian's packages, for machines that reach Debian's archive but no image
# registry (as CI does): debootstrap a minimal Debian with the given packages, strip what a server
# never reads, and `docker import` it.
#
#   docker/debian-base.sh TAG PACKAGE...      e.g. docker/debian-base.sh concert-base/jre openjdk-17-jre-headless
#
# Prints the image's name (TAG:KEY) on standard output; everything else goes to standard error.
# KEY is a hash of what makes the image (this script, the suite, the packages, the mirror, the month),
# so a machine builds each base once a month: the image, or else the root file system's tarball kept
# in CONCERT_CACHE (default /var/cache/concert), is reused while the key matches. A new month
# debootstraps again, taking Debian's updated packages.
#
# Environment: CONCERT_DEBIAN_SUITE (default bookworm, which has OpenJDK 17), CONCERT_DEBIAN_MIRROR
# (default: the first Debian archive in this machine's apt sources), CONCERT_CACHE, DOCKER (client).
# Needs root, debootstrap and a running Docker engine.
set -euo pipefail

tag=${1:?usage: debian-base.sh TAG PACKAGE...}
shift
packages=("$@")
docker=${DOCKER:-docker}
suite=${CONCERT_DEBIAN_SUITE:-bookworm}
cache=${CONCERT_CACHE:-/var/cache/concert}

log() { echo "debian-base: $*" >&2; }
fail() { log "FAIL: $*"; exit 1; }

# The archive this machine installs its own packages from, so that no address is written down here.
mirror() {
  local uri
  uri=$(grep -hsE '^\s*(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list 2>/dev/null \
        | grep -vE 'security|updates|backports' | grep -oE '(https?|file)://[^ ]+' | grep -m1 -E '/debian/?$' || true)
  [ -n "$uri" ] || fail "no Debian archive in the apt sources; set CONCERT_DEBIAN_MIRROR"
  echo "${uri%/}"
}
mirror=${CONCERT_DEBIAN_MIRROR:-$(mirror)}

key=$( { cat "$0"; echo "$suite ${packages[*]} $mirror $(dpkg --print-architecture) $(date -u +%Y-%m)"; } | sha256sum | cut -c1-12)
image="$tag:$key"
if "$docker" image inspect "$image" >/dev/null 2>&1; then
  log "$image is there already"
  echo "$image"
  exit 0
fi

tarball="$cache/$(echo "$tag" | tr '/:' '--')-$key.tar.gz"
if [ ! -s "$tarball" ]; then
  command -v debootstrap >/dev/null || fail "debootstrap is missing (apt-get install debootstrap)"
  [ "$(id -u)" -eq 0 ] || fail "debootstrap needs root"
  mkdir -p "$cache"
  work=$(mktemp -d "$cache/rootfs.XXXXXX")
  # debootstrap mounts /proc and /sys inside the tree while it configures packages; never delete
  # through a mount that an interrupted run left behind.
  cleanup() {
    { grep -oE " $work/[^ ]+" /proc/mounts || true; } | sort -r | while read -r m; do umount -l "$m" || true; done
    rm -rf --one-file-system "$work"
  }
  trap cleanup EXIT
  log "debootstrap $suite with ${packages[*]} (a few minutes, once a month on this machine)"
  list=$(IFS=,; echo "${packages[*]}")
  if ! debootstrap --variant=minbase --include="$list" "$suite" "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -30 "$work/debootstrap.log" >&2
    [ -f "$work/root/debootstrap/debootstrap.log" ] && tail -30 "$work/root/debootstrap/debootstrap.log" >&2
    fail "debootstrap $suite failed (log above)"
  fi
  # What a server never reads: downloaded packages, package lists, documentation, translations.
  root="$work/root"
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* \
         "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* "$root"/var/log/* \
         "$root"/var/cache/debconf/*-old "$root"/debootstrap
  tar --numeric-owner -C "$root" -c . | gzip -1 >"$tarball.part"
  mv "$tarball.part" "$tarball"
  # Older tarballs of the same base are superseded.
  find "$cache" -maxdepth 1 -name "$(echo "$tag" | tr '/:' '--')-*.tar.gz" ! -name "$(basename "$tarball")" -delete
  log "root file system: $(du -h "$tarball" | cut -f1) in $tarball"
fi

"$docker" import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["/bin/bash"]' \
  --message "Debian $suite minbase with ${packages[*]}" \
  "$tarball" "$image" >/dev/null || fail "docker import of $tarball failed"
log "imported $image"
# Bases of other months or inputs are superseded (their layers stay while an image uses them).
"$docker" image ls --format '{{.Repository}}:{{.Tag}}' "$tag" | grep -vxF "$image" | xargs -r "$docker" rmi >/dev/null 2>&1 || true
echo "$image"
