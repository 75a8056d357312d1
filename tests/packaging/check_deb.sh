#!/usr/bin/env bash
# check_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_deb: FAIL: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >/dev/null) || fail "cpack failed"
deb=$(ls "$work"/out/kakanai_*.deb 2>/dev/null | head -n 1)
[[ -n "$deb" ]] || fail "no .deb produced"
echo "check_deb: built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb -f "$deb" Package Version Depends)
grep -q "^Version: $version" <<<"$info" || fail "wrong version: $info"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite pcscd; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/kakanai ./usr/bin/kakanai-cli ./usr/share/applications/jp.kakanai.Kakanai.desktop \
         ./usr/share/metainfo/jp.kakanai.Kakanai.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/jp.kakanai.Kakanai.svg; do
  grep -q " $f\$" <<<"$contents" || fail "package lacks $f"
done

dpkg-deb -x "$deb" "$work/root"
out=$("$work/root/usr/bin/kakanai-cli" --version)
[[ "$out" == "kakanai-cli $version" ]] || fail "packaged kakanai-cli --version printed '$out'"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/root/usr/share/applications/jp.kakanai.Kakanai.desktop" || fail "desktop file invalid"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/jp.kakanai.Kakanai.metainfo.xml" >/dev/null \
    || appstreamcli validate --no-net "$work/root/usr/share/metainfo/jp.kakanai.Kakanai.metainfo.xml" || fail "metainfo invalid"
fi
echo "check_deb: ok ($out)"
