#!/usr/bin/env bash
# End-to-end test of the ./posestate launcher on the materialized product: real JVM, real Equinox, real H2.
# Run by the product module's verify phase; prints "N passed, N failed" and exits non-zero on any failure.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
export POSESTATE_PRODUCT=${1:?usage: launcher-test.sh PRODUCT_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
passed=0 failed=0
check() { # name, expected exit, command...
  local name=$1 want=$2; shift 2
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  if [ "$got" = "$want" ]; then passed=$((passed + 1)); echo "ok   $name";
  else failed=$((failed + 1)); echo "FAIL $name: exit $got, expected $want"; sed 's/^/     /' "$work/out" "$work/err" | tail -n 20; fi
}
contains() { # name, file, text
  if grep -qF -- "$3" "$2"; then passed=$((passed + 1)); echo "ok   $1";
  else failed=$((failed + 1)); echo "FAIL $1: $2 lacks '$3'"; sed 's/^/     /' "$2" | tail -n 20; fi
}
lacks() { # name, file, text
  if grep -qF -- "$3" "$2"; then failed=$((failed + 1)); echo "FAIL $1: $2 shows '$3'"; sed 's/^/     /' "$2" | tail -n 20;
  else passed=$((passed + 1)); echo "ok   $1"; fi
}
ps=$root/posestate

check "help exits 0" 0 "$ps" help
cp "$work/out" "$work/help"
contains "help lists demo" out "demo [--terminals N]"
check "no command is a usage error" 2 "$ps"
check "unknown command is a usage error" 2 "$ps" nonsense
contains "usage on stderr" err "usage: posestate"
check "demo fills a store" 0 "$ps" --user carol demo --terminals 200 --seed 3 --out "$work/demo" --store "$work/store"
contains "demo summary" out "store now holds 200 terminals"
check "terminals by state" 0 "$ps" terminals --state SHIPPED --store "$work/store"
contains "terminals listed" out "SHIPPED"
check "export" 0 "$ps" export --out "$work/export" --store "$work/store"
contains "export wrote terminals.csv" out "terminals.csv"
printf 'serial_number,vendor,model,connection,state\nSN-1,PAX,A920,WIFI,IN_STOCK\nSN 2,PAX,A920,WIFI,IN_STOCK\n' >"$work/bad.csv"
mkdir -p "$work/bad" && mv "$work/bad.csv" "$work/bad/terminals.csv"
check "import with a bad row" 0 "$ps" import --data "$work/bad" --store "$work/store" --out "$work/rej"
contains "rejects.csv names the line" "$work/rej/rejects.csv" "terminals.csv,3,"
check "missing folder fails" 1 "$ps" import --data "$work/none" --store "$work/store"
contains "failure names the folder" err "$work/none: no such folder"
contains "help lists workbench" "$work/help" "workbench [--demo"
check "workbench without a display exits 1" 1 env -u DISPLAY -u WAYLAND_DISPLAY "$ps" workbench --store "$work/store"
contains "no-display message" err "no display: DISPLAY is not set"
check "workbench with a bad option is a usage error" 2 env -u DISPLAY -u WAYLAND_DISPLAY "$ps" workbench --bogus
contains "workbench usage" err "usage: posestate workbench"

check "drivers" 0 "$ps" drivers
contains "drivers lists the three vendors" out "3 driver(s)"
check "decode a capture" 0 "$ps" decode --vendor pocketpin "$root/bundles/io.posestate.driver.btmpos.tests/data/ppm20-link-lost.bin"
contains "decoded error meaning" out "0x0201 WARNING: Bluetooth link to the phone lost"
check "malformed capture fails" 1 "$ps" decode --vendor ledgerline "$root/bundles/io.posestate.driver.smartpos.tests/data/as600-ok.json"
contains "malformed reason on stderr" err "ledgerline message malformed at line 1, column 1"
check "diagnose" 0 "$ps" diagnose --vendor acme-smart --model AS-600
contains "diagnosis starts with power" out "1. [POWER]"
check "fleet simulation over loopback HTTP" 0 "$ps" fleet-sim --terminals 7 --seed 3
contains "tamper alert" out "CRITICAL TAMPER"
contains "offline alert" out "WARNING OFFLINE"
check "fleet simulate into a store" 0 "$ps" fleet simulate --terminals 7 --seed 3 --store "$work/fleet"
contains "simulated fleet stored" out "7 terminal(s) in the store"
check "fleet status from the store" 0 "$ps" fleet status --store "$work/fleet"
contains "stored tamper alert" out "CRITICAL TAMPER"
contains "stored offline alert" out "WARNING OFFLINE"
check "fleet status --alerts" 0 "$ps" fleet status --alerts --store "$work/fleet"
contains "open alerts with the critical count" out "open alert(s), 1 CRITICAL open"
check "fleet status of one terminal" 0 "$ps" fleet status --terminal SIM-PPM10-00003 --store "$work/fleet"
contains "terminal details" out "terminal  SIM-PPM10-00003 (pocketpin PP-M10)"
check "fleet status of an unknown terminal fails" 1 "$ps" fleet status --terminal NOPE-1 --store "$work/fleet"
contains "unknown terminal named" err "no status recorded for terminal NOPE-1"
check "fleet send what the model cannot do fails" 1 "$ps" fleet send --terminal SIM-PPM10-00003 --command WIPE --store "$work/fleet"
contains "what the driver offers instead" err "its driver offers: LOCK, UNLOCK, REBOOT, SCREEN_MESSAGE"
check "fleet send a lock" 0 "$ps" fleet send --terminal SIM-PPM10-00003 --command LOCK --store "$work/fleet"
contains "lock pending" out "is pending until the terminal acknowledges it"
# a store with a password: reached, commands numbered on from its sequence, the password never shown
pw="jdbc:h2:file:$work/pw/estate;USER=fleet;PASSWORD=Pw-Secret-1"
check "fleet simulate into a store with a password" 0 "$ps" fleet simulate --terminals 7 --seed 3 --store "$pw"
check "fleet send to it" 0 "$ps" fleet send --terminal SIM-PPM10-00003 --command LOCK --store "$pw"
contains "first command" out "command 1 (lock)"
check "fleet send to it again" 0 "$ps" fleet send --terminal SIM-PPM10-00003 --command UNLOCK --store "$pw"
contains "next command" out "command 2 (unlock)"
check "fleet status of it" 0 "$ps" fleet status --alerts --store "$pw"
lacks "its password not shown" out "Pw-Secret-1"
check "a wrong password is refused" 1 "$ps" fleet status --store "jdbc:h2:file:$work/pw/estate;USER=fleet;PASSWORD=Bad-Pw-2"
lacks "not even the wrong one" err "Bad-Pw-2"

# Driver-aware decommissioning: a terminal whose model can be locked remotely gets a LOCK step that stays pending
# until the (simulated) terminal fetches the command over loopback HTTP and acknowledges it.
mkdir -p "$work/s3est"
printf 'serial_number,vendor,model,connection,firmware,merchant_no,state,deployed_region,activated_at\nSIM-PPM20-00006,pocketpin,PP-M20,BLUETOOTH,1.0.0,,IN_STOCK,,\n' >"$work/s3est/terminals.csv"
check "import a remotely lockable terminal" 0 "$ps" import --data "$work/s3est" --store "$work/s3"
check "S3: first role" 0 "$ps" --user sue case role sue SUPERVISOR --store "$work/s3"
check "S3: analyst" 0 "$ps" --user sue case role alice ANALYST --store "$work/s3"
check "S3 on a PP-M20" 0 "$ps" --user alice case open S3 --terminal SIM-PPM20-00006 --cause DEVICE_FAULT --store "$work/s3"
contains "remote lock and wipe offered" out "remote_commands = LOCK, WIPE by the pocketpin driver for PP-M20"
check "S3: reason" 0 "$ps" --user alice case step 1 RECORD_REASON --note "display broken" --store "$work/s3"
check "S3: lock sent" 0 "$ps" --user alice case step 1 LOCK --store "$work/s3"
contains "lock command kept" out "lock_command = "
check "S3: lock pending until acknowledged" 1 "$ps" --user alice case step 1 LOCK --store "$work/s3"
contains "pending named" err "LOCK is PENDING"
check "the terminal fetches and acknowledges" 0 "$ps" fleet simulate --terminals 7 --seed 3 --store "$work/s3"
contains "one command acknowledged" out "; 1 command(s) acknowledged"
check "S3: lock done" 0 "$ps" --user alice case step 1 LOCK --store "$work/s3"
contains "acknowledgement is the evidence" out "acknowledged by SIM-PPM20-00006"

# lifecycle case and its evidence report (HTML and PDF; Chinese merchant names need fonts-wqy-microhei)
check "grant a supervisor" 0 "$ps" --user sue case role sue SUPERVISOR --store "$work/store"
check "open a service ticket" 0 "$ps" --user sue case open S4 --terminal "$(awk -F, 'NR==2{print $1}' "$work/export/terminals.csv")" --cause "screen dark" --store "$work/store"
contains "case opened" out "opened case 1"
check "report case" 0 "$ps" report case 1 --out "$work/case-1.html" --store "$work/store"
contains "report names the PDF" out "case-1.pdf"
contains "the PDF is a PDF" "$work/case-1.pdf" "%PDF-"
contains "the HTML report" "$work/case-1.html" "Case 1 (S4)"
head -c 32 /dev/urandom | base64 >"$work/reference.key"
check "verify-alert refuses a made-up code" 1 "$ps" verify-alert ABCDE-FGHJK-MNPQR --store "$work/store" --key-file "$work/reference.key"
contains "not genuine" out "NOT GENUINE"
echo "launcher: $passed passed, $failed failed"
[ "$failed" = 0 ]
