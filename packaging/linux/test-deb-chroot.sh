#!/usr/bin/env bash
# Install the .deb in a clean Debian root, run it there, purge it, and show what is left.
#
#     sudo packaging/linux/test-deb-chroot.sh dist/l2l-desktop_0.1.0_amd64.deb [ROOT]
#
# ROOT (default /tmp/l2l-deb-root) is made with `debootstrap --variant=minbase bookworm` when
# it is not there yet (it needs Debian's mirror: give up after DEBOOTSTRAP_TIMEOUT seconds,
# default 600). The root is copied first, so every run starts from the same clean system.
# Needs root (chroot, mount). Exits 1 when a check fails.
set -euo pipefail

deb="$(realpath "${1:?usage: test-deb-chroot.sh PACKAGE.deb [ROOT]}")"
clean="${2:-/tmp/l2l-deb-root}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
[ "$(id -u)" = 0 ] || { echo "test-deb-chroot.sh: needs root (chroot)" >&2; exit 1; }

if [ ! -x "$clean/usr/bin/apt-get" ]; then
    echo "== debootstrap bookworm into $clean"
    timeout "${DEBOOTSTRAP_TIMEOUT:-600}" debootstrap --variant=minbase bookworm "$clean" "$mirror" \
        >"$clean.debootstrap.log" 2>&1 || {
        echo "debootstrap failed (log: $clean.debootstrap.log)" >&2
        exit 1
    }
fi

root="$(mktemp -d /tmp/l2l-deb-test.XXXXXX)"
# shellcheck disable=SC2317  # run by the trap
cleanup() {
    for mount in "$root/dev/pts" "$root/dev" "$root/proc"; do
        if mountpoint -q "$mount"; then umount "$mount"; fi
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
cp -a "$clean/." "$root/"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
# The app runs as a user would: not root, with a home of its own (under /tmp, left out below).
as_user() {
    chroot --userspec=65534:65534 "$root" /usr/bin/env -i HOME=/tmp/home \
        PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}
# Every file and folder, but what apt, dpkg and the logs keep about themselves.
files() {
    in_root find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /var/log \
        -o -path /var/cache/apt -o -path /var/cache/debconf -o -path /var/lib/apt \
        -o -path /var/lib/dpkg \) -prune -o -print | sort
}

echo "== apt-get update"
in_root apt-get update -qq
files >"$root/tmp/before.txt"
cp "$root/tmp/before.txt" /tmp/l2l-deb-files-before.txt

echo "== apt install ./$(basename "$deb")"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$root/tmp/install.log" 2>&1 || { cat "$root/tmp/install.log"; exit 1; }
grep -c "^Setting up" "$root/tmp/install.log" | sed 's/^/packages set up: /'

status=0
install -d -o 65534 -g 65534 "$root/tmp/home"
echo "== /usr/bin/l2l-desktop --version"
as_user /usr/bin/l2l-desktop --version || status=1
echo "== l2l-desktop demo-data, today, stats, check, backup"
as_user /usr/bin/l2l-desktop demo-data --years 1 --data-dir /tmp/data >/dev/null || status=1
as_user /usr/bin/l2l-desktop today --data-dir /tmp/data | head -3 || status=1
as_user /usr/bin/l2l-desktop stats --data-dir /tmp/data | head -3 || status=1
as_user /usr/bin/l2l-desktop check --data-dir /tmp/data || status=1
as_user /usr/bin/l2l-desktop backup --data-dir /tmp/data -o /tmp/data/backup.zip || status=1
if as_user /usr/bin/l2l-desktop --help | grep -q -- --self-test; then
    echo "== l2l-desktop --self-test (offscreen)"
    as_user env QT_QPA_PLATFORM=offscreen /usr/bin/l2l-desktop --self-test || status=1
else
    echo "== the window, offscreen, for 10 seconds (no --self-test in this version)"
    code=0
    as_user env QT_QPA_PLATFORM=offscreen timeout 10 /usr/bin/l2l-desktop --demo \
        >"$root/tmp/gui.log" 2>&1 || code=$?
    cat "$root/tmp/gui.log"
    if [ "$code" != 124 ] || grep -q Traceback "$root/tmp/gui.log"; then
        echo "the window did not stay up (exit $code)" >&2
        status=1
    fi
fi
rm -rf "$root/tmp/data" "$root/tmp/home"

echo "== apt-get remove --purge, then autoremove --purge (the dependencies it pulled in)"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq l2l-desktop >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -qq >/dev/null
files >"$root/tmp/after.txt"
cp "$root/tmp/after.txt" /tmp/l2l-deb-files-after.txt
if diff "$root/tmp/before.txt" "$root/tmp/after.txt"; then
    echo "== nothing is left: the file lists before the install and after the purge are the same"
else
    echo "== files differ after the purge (above)" >&2
    status=1
fi
exit "$status"
