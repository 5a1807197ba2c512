#!/usr/bin/env bash
# A single-node Slurm cluster on localhost for the launcher tests (tests/DNArch.Tests/Launchers).
#   .ci/slurm.sh        installs slurm-wlm and munge, starts munged, slurmctld and slurmd, waits for an idle node
#   .ci/slurm.sh stop   stops the daemons it started, by the PIDs it recorded
# Foreground daemons in the background, no systemd; needs root (it installs packages and runs slurmd).
set -euo pipefail

STATE=/tmp/dnarch-slurm
PIDS=$STATE/pids
CONF=/etc/slurm/slurm.conf
export PATH="$PATH:/usr/sbin:/sbin"  # slurmd, slurmctld and munged live here

stop() {
    [[ -f $PIDS ]] || return 0
    while read -r pid; do
        kill "$pid" 2>/dev/null || true
    done < "$PIDS"
    rm -f "$PIDS"
}

if [[ ${1:-} == stop ]]; then
    stop
    exit 0
fi

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

# Never overwrite the configuration of a real cluster.
if [[ -f $CONF ]] && ! grep -q '^ClusterName=dnarch-ci$' "$CONF"; then
    echo "slurm: $CONF exists and is not this script's; not touching it." >&2
    exit 1
fi

stop
mkdir -p "$STATE"/{ctld,spool,logs} /etc/slurm

# munge: its key, its socket folder, run as its own user.
install -d -o munge -g munge -m 0755 /run/munge
install -d -o munge -g munge -m 0700 /etc/munge
if [[ ! -s /etc/munge/munge.key ]]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key
chmod 0400 /etc/munge/munge.key
runuser -u munge -- munged --foreground --force >"$STATE/logs/munged.log" 2>&1 &
echo $! >>"$PIDS"

# One node on localhost, its memory a little below what slurmd finds.
read -r cpus memory < <(slurmd -C | awk '/^NodeName/ {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "CPUs") c = kv[2]; if (kv[1] == "RealMemory") m = kv[2] }
    print c, int(m * 0.9) }')
cat >"$CONF" <<EOF
ClusterName=dnarch-ci
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/logs/slurmctld.log
SlurmdLogFile=$STATE/logs/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MailProg=/bin/true
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF

for _ in $(seq 50); do [[ -S /run/munge/munge.socket.2 ]] && break; sleep 0.1; done
slurmctld -D -i >"$STATE/logs/slurmctld.out" 2>&1 &
echo $! >>"$PIDS"
slurmd -D >"$STATE/logs/slurmd.out" 2>&1 &
echo $! >>"$PIDS"

for _ in $(seq 60); do
    if [[ $(sinfo -h -N -o '%T' 2>/dev/null) == idle ]]; then
        echo "slurm: node idle (logs in $STATE/logs)"
        exit 0
    fi
    sleep 0.5
done
echo "slurm: the node did not become idle in 30 s; logs in $STATE/logs:" >&2
tail -n 20 "$STATE"/logs/* >&2 || true
sinfo >&2 || true
exit 1
