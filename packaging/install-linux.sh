#!/bin/sh
# Install the built app folder for one user (or system-wide with PREFIX=/opt/inkling DATA=/usr/share as root):
# the folder, the icon and the .desktop entry, with Exec pointing at the installed windowed executable.
#   sh packaging/install-linux.sh [dist/guiapp]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP=${1:-"$HERE/../dist/guiapp"}
PREFIX=${PREFIX:-"$HOME/.local/opt/inkling"}
DATA=${DATA:-"${XDG_DATA_HOME:-$HOME/.local/share}"}
[ -x "$APP/Inkling" ] || { echo "no built app in $APP (run: python3 packaging/build.py)" >&2; exit 2; }
mkdir -p "$PREFIX" "$DATA/applications" "$DATA/icons/hicolor/256x256/apps"
cp -a "$APP/." "$PREFIX/"
cp "$HERE/../resources/icons/inkling.png" "$DATA/icons/hicolor/256x256/apps/inkling.png"
sed -e "s|^Exec=.*|Exec=$PREFIX/Inkling|" -e "s|^TryExec=.*|TryExec=$PREFIX/Inkling|" \
    "$HERE/inkling.desktop" > "$DATA/applications/inkling.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
echo "installed $PREFIX (run: $PREFIX/Inkling, or Inkling from the applications menu)"
