#!/usr/bin/env bash
# CI for the packages, from the repository's root (.ci/run calls it after the tests):
#
#   1. a wheel, installed into a fresh venv (not editable): `l2l-desktop --self-test` from it;
#   2. the PyInstaller bundle from that venv: --version and --self-test, with no venv and
#      no Python in the environment (env -i), and every library each of its programs and
#      plugins needs found (in the bundle or on the system);
#   3. the desktop entry and the AppStream metainfo through their validators;
#   4. the .deb, through lintian (errors fail), and its files through appstreamcli.
#
# The validators, dpkg-dev and the libraries the .deb depends on come from Debian's packages
# where they are missing (apt-get: root). Nothing is left behind: all of it is built in a
# temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=l2l-desktop
APP_ID=io.github.l2ldesktop.L2LDesktop
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
started=$SECONDS
step() { printf '\n== [%4ss] %s\n' "$((SECONDS - started))" "$*"; }

step "tools from Debian's packages, where missing"
# The libraries README's apt-get line names: the Qt xcb plugin's, which dpkg-shlibdeps must
# find to write the .deb's Depends (and the bundle loads on a desktop).
needed=(desktop-file-utils appstream lintian dpkg-dev fakeroot binutils
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libx11-6
    libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libwayland-client0 libwayland-cursor0
    libwayland-egl1 libgtk-3-0)
missing=()
for package in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

step "the wheel"
python3 -m venv "$work/venv"
venv="$work/venv/bin"
"$venv/python" -m pip install --quiet build
"$venv/python" -m build --wheel --outdir "$work/wheel" . >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; exit 1; }
wheel="$(ls "$work"/wheel/*.whl)"
# What the app loads at run time is in it (importlib.resources, not the source tree).
"$venv/python" - "$wheel" <<'EOF'
import sys
import zipfile
from pathlib import Path

names = zipfile.ZipFile(sys.argv[1]).namelist()
catalogues = [name for name in names if name.startswith("l2l_desktop/translations/")]
if not catalogues:
    sys.exit(f"{Path(sys.argv[1]).name} has no l2l_desktop/translations/*.qm")
print(f"{Path(sys.argv[1]).name}: {len(names)} files, catalogues {', '.join(catalogues)}")
EOF

step "the wheel in a fresh venv (not editable): --self-test"
"$venv/python" -m pip install --quiet "$wheel"
version="$(cd "$work" && "$venv/$APP" --version | awk '{ print $2 }')"
echo "installed $APP $version"
# From outside the repository, so that nothing is imported from the source tree.
(cd "$work" && QT_QPA_PLATFORM=offscreen timeout 300 "$venv/$APP" --self-test)

step "the PyInstaller bundle"
"$venv/python" -m pip install --quiet pyinstaller
"$venv/pyinstaller" --noconfirm --log-level WARN --distpath "$work/bundle" \
    --workpath "$work/pyinstaller" packaging/l2l-desktop.spec
bundle="$work/bundle/$APP"
du -sh "$bundle"

step "the bundle: every library found"
# Each program and library, with the library search the bundle has at run time (the
# bootloader puts _internal first); anything "not found" is missing from bundle and system.
unresolved="$(find "$bundle" -type f -name '*.so*' -print0 \
    | LD_LIBRARY_PATH="$bundle/_internal" xargs -0 ldd 2>/dev/null \
    | awk '/^\// { file = $1 } /not found/ { print file, $1 }' | sort -u)"
if [ -n "$unresolved" ]; then
    echo "libraries not found:"
    echo "$unresolved"
    exit 1
fi

step "the bundle, with no venv in the environment: --version, --self-test"
home="$(mktemp -d "$work/home.XXXX")"
run_bundle() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
bundled_version="$(run_bundle "$bundle/$APP" --version | awk '{ print $2 }')"
if [ "$bundled_version" != "$version" ]; then
    echo "the bundle says $bundled_version, the wheel $version" >&2
    exit 1
fi
echo "$APP $bundled_version"
run_bundle QT_QPA_PLATFORM=offscreen timeout 300 "$bundle/$APP" --self-test

step "desktop entry and metainfo"
desktop-file-validate "resources/desktop/$APP.desktop"
appstreamcli validate --no-net "resources/desktop/$APP_ID.metainfo.xml"

step "the .deb, and lintian"
deb="$(packaging/linux/build-deb.sh --bundle "$bundle" --output "$work/deb")"
ls -l "$deb"
dpkg-deb --field "$deb" Depends
code=0
lintian --fail-on error "$deb" >"$work/lintian.txt" 2>&1 || code=$?
grep -v "running with root privileges" "$work/lintian.txt" || true
if [ "$code" != 0 ]; then
    echo "lintian found errors (exit $code)" >&2
    exit 1
fi
# The metainfo, desktop entry and icons together, where the package puts them.
dpkg-deb --extract "$deb" "$work/deb-root"
appstreamcli validate-tree --no-net "$work/deb-root"

step "done in $((SECONDS - started)) s"
