#!/usr/bin/env bash
# Build dist/l2l-desktop_<version>_<arch>.deb from the PyInstaller bundle, with dpkg-deb.
#
#     pyinstaller packaging/l2l-desktop.spec && packaging/linux/build-deb.sh [--bundle DIR]
#
# The package puts the bundle in /opt/l2l-desktop (add-on software, FHS 3.13), links
# /usr/bin/l2l-desktop to it, and puts the desktop entry, icons and AppStream metainfo where
# desktops look for them. Its Depends are what dpkg-shlibdeps finds the bundle's programs and
# libraries need from the system (the desktop's libraries, which the spec leaves out); what
# only the Wayland and GTK plugins need is in Recommends, since Qt falls back without them.
# Needs: dpkg-deb, dpkg-shlibdeps (dpkg-dev), fakeroot or root, python3, gzip.
set -euo pipefail

APP=l2l-desktop
APP_ID=io.github.l2ldesktop.L2LDesktop
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bundle="$repo/dist/$APP"
out="$repo/dist"
MAINTAINER="${DEB_MAINTAINER:-L2L Desktop maintainers <l2l-desktop@users.noreply.github.com>}"

while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) bundle="${2:?--bundle needs a folder}"; shift ;;
        --output) out="${2:?--output needs a folder}"; shift ;;
        *) echo "build-deb.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

if [ ! -x "$bundle/$APP" ]; then
    echo "build-deb.sh: no bundle at $bundle (run: pyinstaller packaging/l2l-desktop.spec)" >&2
    exit 1
fi
for tool in dpkg-deb dpkg-shlibdeps python3 gzip; do
    command -v "$tool" >/dev/null || { echo "build-deb.sh: $tool is missing" >&2; exit 1; }
done

version="$("$bundle/$APP" --version | awk '{ print $2 }')"
arch="$(dpkg --print-architecture)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# dpkg-shlibdeps wants a source tree: debian/control, and the package's files under debian/.
root="$work/debian/$APP"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/doc/$APP" \
    "$root/usr/share/applications" "$root/usr/share/metainfo" "$root/usr/share/lintian/overrides"

cp -a "$bundle" "$root/opt/$APP"
# Files readable by all, programs and libraries executable; nothing group-writable.
chmod -R u=rwX,go=rX "$root/opt/$APP"
find "$root/opt/$APP" -type f -name '*.so*' -exec chmod 0644 {} +
chmod 0755 "$root/opt/$APP/$APP"
ln -s "/opt/$APP/$APP" "$root/usr/bin/$APP"

install -m 0644 "$repo/resources/desktop/$APP.desktop" "$root/usr/share/applications/$APP.desktop"
install -m 0644 "$repo/resources/desktop/$APP_ID.metainfo.xml" "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
for icon in "$repo"/resources/icons/hicolor/*/apps/"$APP".*; do
    size="$(basename "$(dirname "$(dirname "$icon")")")"
    install -D -m 0644 "$icon" "$root/usr/share/icons/hicolor/$size/apps/$(basename "$icon")"
done
[ -e "$root/usr/share/icons/hicolor/48x48/apps/$APP.png" ] || {
    echo "build-deb.sh: no icons in $repo/resources/icons/hicolor" >&2
    exit 1
}

# /usr/share/doc: the machine-readable copyright, and the changelog from the metainfo's
# release notes (one list of releases for software centres and for dpkg).
"$here/deb-docs.py" copyright "$repo" >"$root/usr/share/doc/$APP/copyright"
"$here/deb-docs.py" changelog "$repo" "$MAINTAINER" | gzip -9n >"$root/usr/share/doc/$APP/changelog.gz"
chmod 0644 "$root/usr/share/doc/$APP/copyright" "$root/usr/share/doc/$APP/changelog.gz"

# /opt belongs to no Debian package (debootstrap makes it), so dpkg would take it away with
# the last package that had files in it; it was there before this one, and stays.
cat >"$root/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
    [ -d /opt ] || mkdir -m 0755 /opt
fi
EOF
chmod 0755 "$root/DEBIAN/postrm"

# Each override with its reason (packaging/README.md lists them, and the warnings left).
cat >"$root/usr/share/lintian/overrides/$APP" <<EOF
# Add-on software installs under /opt (FHS 3.13): this is not a package for Debian's archive.
$APP: dir-or-file-in-opt [opt/*]
# The wheels' libraries (numpy and its OpenBLAS, Qt's ICU) are kept as their wheels ship them:
# auditwheel rewrote them, and a stripped OpenBLAS no longer loads. Python's own are stripped.
$APP: unstripped-binary-or-object [opt/$APP/_internal/numpy/*]
$APP: unstripped-binary-or-object [opt/$APP/_internal/numpy.libs/*]
$APP: unstripped-binary-or-object [opt/$APP/_internal/PySide6/Qt/lib/libicu*]
# The wheels find their own libraries with RUNPATH \$ORIGIN/...: that is how the bundle keeps
# Qt, PySide6 and numpy as separate, replaceable shared libraries.
$APP: custom-library-search-path *
# CPython compiled its copy of expat into pyexpat (it does unless built --with-system-expat).
$APP: embedded-library expat [opt/$APP/_internal/python3.*/lib-dynload/pyexpat.*]
# Python modules that need nothing from libc itself (_statistics uses libm, _uuid libuuid).
$APP: library-not-linked-against-libc [opt/$APP/_internal/python3.*/lib-dynload/*]
EOF
chmod 0644 "$root/usr/share/lintian/overrides/$APP"

# Depends from the ELF files' needs, resolved against this system's packages; libraries the
# bundle carries itself are found with -l and are not dependencies.
cat >"$work/debian/control" <<EOF
Source: $APP
Maintainer: $MAINTAINER

Package: $APP
Architecture: any
EOF
mapfile -t libdirs < <(find "$root/opt/$APP" -name '*.so*' -printf '%h\n' | sort -u)
mapfile -t elves < <(find "$root/opt/$APP" -type f \( -name '*.so*' -o -name "$APP" \) \
    -exec sh -c 'head -c 4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
recommended=() required=()
for elf in "${elves[@]}"; do
    case "$elf" in
        */plugins/platformthemes/* | */plugins/wayland-* | */plugins/platforms/libqwayland.so \
            | */libQt6WaylandClient.so* | */libQt6WlShellIntegration.so*)
            recommended+=("$elf") ;;
        *) required+=("$elf") ;;
    esac
done
(
    cd "$work"
    dpkg-shlibdeps -O --ignore-missing-info "${libdirs[@]/#/-l}" \
        -dDepends "${required[@]}" -dRecommends "${recommended[@]}" 2>"$work/shlibdeps.log"
) >"$work/substvars" || { cat "$work/shlibdeps.log" >&2; exit 1; }
if grep -q "cannot find library" "$work/shlibdeps.log"; then
    grep "cannot find library" "$work/shlibdeps.log" >&2
    echo "build-deb.sh: install those libraries here first (README's apt-get line)" >&2
    exit 1
fi
depends="$(sed -n 's/^shlibs:Depends=//p' "$work/substvars")"
recommends="$(sed -n 's/^shlibs:Recommends=//p' "$work/substvars")"
# What dpkg-shlibdeps cannot see: "Open folder" and "Open" hand files to xdg-open.
recommends="${recommends:+$recommends, }xdg-utils"

installed_size="$(du -sk --apparent-size "$root" | cut -f1)"
cat >"$root/DEBIAN/control" <<EOF
Package: $APP
Version: $version
Architecture: $arch
Maintainer: $MAINTAINER
Installed-Size: $installed_size
Depends: $depends
Recommends: $recommends
Section: misc
Priority: optional
Homepage: https://github.com/l2ldesktop/l2l-desktop
Description: private daily journal for leaders who want their teams to learn
 L2L Desktop is a desktop companion for the daily habits of leading to learn:
 set an intention each morning, log the questions you ask (it says whether
 one reads as open, closed or leading), plan and record gemba visits, reflect
 each evening, and look at the trends once a week.
 .
 Everything stays on your computer, in one SQLite file with checked backups;
 the app never talks to the network. It is inspired by the Leading to Learn
 framework and is not affiliated with or endorsed by its authors.
EOF

mkdir -p "$out"
deb="$out/${APP}_${version}_${arch}.deb"
if [ "$(id -u)" = 0 ]; then
    chown -R root:root "$root"
    dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
else
    fakeroot dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
fi
echo "$deb"
