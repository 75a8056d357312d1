# Sourced by run.sh. For the demo: the local back-office simulator on
# 127.0.0.1:8780 (the default back-office URL), and a pcscd with the
# project's virtual reader and the virtual My Number card in it (PIN 1234).
# Appends the pids it starts to the caller's `pids` array; run.sh stops them
# by pid on exit.
kakanai_demo_services_start() {
  local root=$1 build=$2
  local data=${XDG_DATA_HOME:-$HOME/.local/share}/Kakanai/kakanai
  mkdir -p "$data"
  "$build/tools/backoffice-sim/kakanai-backoffice-sim" --port 8780 --db "$data/backoffice-sim.sqlite" >/dev/null &
  pids+=($!)
  echo "run.sh: back-office simulator on http://127.0.0.1:8780 (records kept in $data/backoffice-sim.sqlite)." >&2
  if [[ -e /run/pcscd/pcscd.comm ]]; then
    echo "run.sh: a smart card service (pcscd) is already running: using its readers, no virtual card." >&2
    return 0
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "run.sh: not root: the virtual card reader needs pcscd started as root; the app runs without it." >&2
    return 0
  fi
  local conf
  conf=$(mktemp -d /tmp/kakanai-demo-pcsc.XXXXXX)
  # vpcd reader 0 listens on TCP 39424 for CHANNELID 0x9A00 (see docs/vcard.md).
  cat >"$conf/vpcd" <<CONF
FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:0x9A00
LIBPATH      /usr/lib/pcsc/drivers/serial/libifdvpcd.so
CHANNELID    0x9A00
CONF
  pcscd -f -c "$conf" >/dev/null 2>&1 &
  pids+=($!)
  local i
  for i in $(seq 1 100); do [[ -e /run/pcscd/pcscd.comm ]] && break; sleep 0.05; done
  "$build/tools/vcard/kakanai-vcard" --persons "$root/resources/demo/persons.json" --index 0 \
      --port 39424 --reconnect >/dev/null &
  pids+=($!)
  echo "run.sh: virtual reader \"Virtual PCD 00 00\" with a demo My Number card (PIN 1234)." >&2
}
