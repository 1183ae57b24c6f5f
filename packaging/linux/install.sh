#!/usr/bin/env bash
# Install the built bundle (dist/l2l-desktop, from `pyinstaller packaging/l2l-desktop.spec`)
# for the current user, into ~/.local; or take it out again.
#
#     packaging/linux/install.sh [--bundle DIR]     # install (again: replaces the old one)
#     packaging/linux/install.sh --uninstall        # remove every file the install put there
#
# It writes:
#   ~/.local/lib/l2l-desktop/                the bundle, and .install-manifest (what to remove)
#   ~/.local/bin/l2l-desktop                 a symbolic link to the bundle's program
#   $XDG_DATA_HOME/applications/l2l-desktop.desktop      (XDG_DATA_HOME: ~/.local/share)
#   $XDG_DATA_HOME/icons/hicolor/*/apps/l2l-desktop.{png,svg}
#   $XDG_DATA_HOME/metainfo/io.github.l2ldesktop.L2LDesktop.metainfo.xml
# and the folders among those that were not there before. The uninstall removes exactly those
# (read from the manifest), and never the journal: ~/.local/share/l2l-desktop stays.
set -euo pipefail

APP=l2l-desktop
METAINFO=io.github.l2ldesktop.L2LDesktop.metainfo.xml
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

bundle="$repo/dist/$APP"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) action=uninstall ;;
        --bundle) bundle="${2:?--bundle needs a folder}"; shift ;;
        -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

: "${HOME:?HOME is not set}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
libdir="$HOME/.local/lib/$APP"
bindir="$HOME/.local/bin"
manifest="$libdir/.install-manifest"
icons="$data/icons/hicolor"

# Caches that desktops keep, refreshed only where the user already has one: running the
# tools where there is none would create files that nothing else needs (GTK and the menus
# read the folders themselves when there is no cache).
refresh_caches() {
    if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache --force --quiet --ignore-theme-index "$icons" || true
    fi
    if [ -f "$data/applications/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null; then
        update-desktop-database --quiet "$data/applications" || true
    fi
}

uninstall() {
    if [ ! -f "$manifest" ]; then
        echo "$APP is not installed in $libdir (no $manifest)."
        return 0
    fi
    local kind path
    # Files first, then the folders the install made (deepest first), if they are empty.
    while IFS=$'\t' read -r kind path; do
        if [ "$kind" = file ] && { [ -f "$path" ] || [ -L "$path" ]; }; then
            rm -f -- "$path"
        fi
    done <"$manifest"
    rm -rf -- "$libdir/bundle"
    local dirs
    dirs="$(awk -F'\t' '$1 == "dir" { print $2 }' "$manifest" | sort -r)"
    rm -f -- "$manifest"
    rmdir -- "$libdir" 2>/dev/null || true
    while IFS= read -r path; do
        if [ -n "$path" ]; then
            rmdir -- "$path" 2>/dev/null || true  # not empty: something else is in it
        fi
    done <<<"$dirs"
    local autostart="${XDG_CONFIG_HOME:-$HOME/.config}/autostart/$APP.desktop"
    if [ -f "$autostart" ] && grep -q "^Exec=.*$bindir/$APP" "$autostart"; then
        rm -f -- "$autostart"
        echo "Removed the start at login ($autostart): it started the program just removed."
    fi
    refresh_caches
    echo "Uninstalled $APP."
    if [ -d "$data/$APP" ]; then
        echo "Your journal is kept, in $data/$APP."
    fi
}

install() {
    if [ ! -x "$bundle/$APP" ]; then
        echo "install.sh: no built bundle at $bundle (run: pyinstaller packaging/l2l-desktop.spec)" >&2
        exit 1
    fi
    if [ ! -d "$repo/resources/icons/hicolor" ]; then
        echo "install.sh: no icons in $repo/resources/icons/hicolor" >&2
        exit 1
    fi
    if [ -f "$manifest" ]; then
        uninstall >/dev/null
    elif [ -e "$libdir/bundle" ]; then
        echo "install.sh: $libdir/bundle is there but was not installed by this script; remove it first" >&2
        exit 1
    fi

    # Every folder this install creates, recorded before anything is written.
    local created=()
    make_dir() {
        local dir="$1" missing=()
        while [ ! -d "$dir" ]; do
            missing=("$dir" "${missing[@]}")
            dir="$(dirname "$dir")"
        done
        if [ ${#missing[@]} -gt 0 ]; then
            mkdir -p -- "$1"
            created+=("${missing[@]}")
        fi
    }
    local files=()
    put() {  # put SOURCE DESTINATION MODE
        make_dir "$(dirname "$2")"
        cp -- "$1" "$2"
        chmod "$3" "$2"
        files+=("$2")
    }

    make_dir "$libdir"
    cp -a -- "$bundle" "$libdir/bundle"
    make_dir "$bindir"
    ln -sfn -- "$libdir/bundle/$APP" "$bindir/$APP"
    files+=("$bindir/$APP")

    # The menu entry names the launcher by its full path: ~/.local/bin is not on every
    # session's PATH, and a desktop hides an entry whose TryExec it cannot find.
    local entry
    entry="$(mktemp)"
    sed -e "s|^Exec=$APP\$|Exec=$bindir/$APP|" -e "s|^TryExec=$APP\$|TryExec=$bindir/$APP|" \
        "$repo/resources/desktop/$APP.desktop" >"$entry"
    put "$entry" "$data/applications/$APP.desktop" 644
    rm -f -- "$entry"
    put "$repo/resources/desktop/$METAINFO" "$data/metainfo/$METAINFO" 644
    local icon size
    for icon in "$repo"/resources/icons/hicolor/*/apps/"$APP".*; do
        size="$(basename "$(dirname "$(dirname "$icon")")")"
        put "$icon" "$icons/$size/apps/$(basename "$icon")" 644
    done

    {
        local path
        for path in "${files[@]}"; do printf 'file\t%s\n' "$path"; done
        for path in "${created[@]}"; do printf 'dir\t%s\n' "$path"; done
    } >"$manifest"
    refresh_caches
    echo "Installed $APP $("$bindir/$APP" --version | cut -d' ' -f2) in $libdir; start it from the menu or with $bindir/$APP."
    case ":$PATH:" in
        *":$bindir:"*) ;;
        *) echo "($bindir is not on your PATH: add it to start $APP by name from a terminal.)" ;;
    esac
}

"$action"
