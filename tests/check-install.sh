#!/bin/sh
# check-install.sh BUILDDIR: `meson install --destdir` into a temporary
# directory installs everything a distribution package needs, and the
# installed desktop file, metainfo and schema validate.
set -eu
build=$1
destdir=$(mktemp -d "${TMPDIR:-/tmp}/mms-install-XXXXXX")
trap 'rm -rf "$destdir"' EXIT INT TERM

echo "# meson install --destdir $destdir"
meson install -C "$build" --destdir "$destdir" --no-rebuild --quiet >/dev/null

prefix=$(meson introspect "$build" --buildoptions | python3 -c '
import json, sys
print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root=$destdir$prefix
app=io.github.mmscope.Mmscope
status=0
n=0
check () {
  n=$((n + 1))
  if [ -e "$root/$1" ]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1 is not installed"
    status=1
  fi
}
check bin/mmscope
check bin/mmscope-cli
check share/mmscope/scenarios/fork-cow.mms
check share/applications/$app.desktop
check share/metainfo/$app.metainfo.xml
check share/icons/hicolor/scalable/apps/$app.svg
check share/glib-2.0/schemas/$app.gschema.xml
check share/man/man1/mmscope-cli.1
check share/locale/zh_CN/LC_MESSAGES/mmscope.mo

n=$((n + 1))
if desktop-file-validate "$root/share/applications/$app.desktop"; then
  echo "ok $n - desktop-file-validate"
else
  echo "not ok $n - desktop-file-validate"; status=1
fi
n=$((n + 1))
if appstreamcli validate --no-net "$root/share/metainfo/$app.metainfo.xml" >&2; then
  echo "ok $n - appstreamcli validate --no-net"
else
  echo "not ok $n - appstreamcli validate --no-net"; status=1
fi
n=$((n + 1))
if glib-compile-schemas --strict --dry-run "$root/share/glib-2.0/schemas"; then
  echo "ok $n - glib-compile-schemas --strict"
else
  echo "not ok $n - glib-compile-schemas --strict"; status=1
fi
if command -v man >/dev/null; then
n=$((n + 1))
if man --warnings -l "$root/share/man/man1/mmscope-cli.1" 2>&1 >/dev/null | grep -q .; then
  echo "not ok $n - man page has warnings"; status=1
else
  echo "ok $n - man page formats without warnings"
fi
fi
echo "1..$n"
exit $status
