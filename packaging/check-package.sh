#!/usr/bin/env bash
# Installs the emconsole .deb of a build into this machine with apt, checks it
# as an administrator meets it (programs on the PATH, menu entry, icons, man
# page, service user, directories, systemd unit), removes it, purges it, and
# checks that nothing is left. The package is purged whatever happens.
#   packaging/check-package.sh build/ci        (after `cmake --workflow --preset ci`)
# Debian 12, as root. It refuses to run where emconsole is installed or has left
# state, since it purges the package at the end.
set -euo pipefail

unit=emconsole-service.service
unit_path=/usr/lib/systemd/system/$unit
state=/var/lib/emconsole
logs=/var/log/emconsole
icon_sizes=(16 22 24 32 48 64 128 256 512)

say() { printf 'check-package: %s\n' "$*"; }
die() {
    say "$*" >&2
    exit 1
}

(($# == 1)) || die "usage: packaging/check-package.sh BUILD_DIR"
[[ $(id -u) -eq 0 ]] || die "must run as root: it installs and purges the emconsole package"
# The newest package of the build: its package step has just made it.
deb=$(find "$1" -maxdepth 1 -name 'emconsole_*.deb' -printf '%T@ %p\n' 2>/dev/null | sort -rn | head -n 1 | cut -d' ' -f2-)
[[ -n $deb ]] || die "no emconsole_*.deb in '$1' (cmake --workflow --preset ci makes it)"
deb=$(realpath "$deb")

# One check at a time on a machine: it owns the emconsole package meanwhile.
mkdir -p /run/lock
exec 9>/run/lock/emconsole-check-package.lock
flock -w 600 9 || die "another check-package.sh has held /run/lock/emconsole-check-package.lock for 10 minutes"

# Known to dpkg in any state but "not installed" (installed, config-files, half-done).
pkg_present() {
    local s
    s=$(dpkg-query -W -f='${db:Status-Abbrev}' emconsole 2>/dev/null) || return 1
    [[ -n ${s:1:1} && ${s:1:1} != n ]]
}
if pkg_present; then
    die "emconsole is installed here (or removed with its state kept): this check purges it at the end; purge it first (apt purge emconsole)"
fi
for leftover in "$state" "$logs"; do
    [[ ! -e $leftover ]] || die "'$leftover' exists: this check would delete it on purge; move it away first"
done
! getent passwd emconsole >/dev/null || die "user 'emconsole' exists: this check would delete it on purge"

started=$SECONDS
work=$(mktemp -d)
apt_log=$work/apt.log
passed=0
failed=0
skipped=0
apt_get() {
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q "$@" >>"$apt_log" 2>&1 || {
        say "apt-get $* failed:" >&2
        tail -n 30 "$apt_log" >&2
        return 1
    }
}
cleanup() {
    local status=$?
    if pkg_present; then
        say "purging emconsole"
        # An interrupted dpkg (the run was killed during apt) is finished first.
        apt_get purge emconsole || {
            say "finishing the interrupted dpkg run (dpkg --configure -a), then purging again"
            DEBIAN_FRONTEND=noninteractive dpkg --configure -a >>"$apt_log" 2>&1 && apt_get purge emconsole
        } || status=1
    fi
    rm -rf "$work"
    say "took $((SECONDS - started)) s"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# check NAME COMMAND...: runs COMMAND (a function: any failing step fails it,
# and prints why) in a subshell with errexit, and counts the result.
check() {
    local name=$1
    shift
    local out status
    set +e
    out=$(
        set -e
        "$@" 2>&1
    )
    status=$?
    set -e
    if ((status == 0)); then
        passed=$((passed + 1))
        say "ok    $name"
    else
        failed=$((failed + 1))
        say "FAIL  $name"
        [[ -z $out ]] || printf '%s\n' "$out" | sed 's/^/        /'
    fi
}
skip() {
    skipped=$((skipped + 1))
    say "SKIP  $1 (not counted as passed)"
}
expect() { # expect DESCRIPTION TEST...: fails with DESCRIPTION when TEST fails
    local what=$1
    shift
    "$@" || {
        echo "$what"
        return 1
    }
}

# --- install ---------------------------------------------------------------
say "installing $deb"
apt_get install --no-install-recommends "$deb"
version=$(dpkg-query -W -f='${Version}' emconsole)
upstream=${version%-*}
say "installed emconsole $version; Depends: $(dpkg-query -W -f='${Depends}' emconsole)"

depends_line() {
    local depends
    depends=$(dpkg-query -W -f='${Depends}' emconsole)
    # What Qt loads as plugins: the SQLite driver, the TLS backend (in libqt6network6,
    # it dlopens libssl3), the xcb and offscreen platforms (in libqt6gui6); libcurl4
    # sends the notification mail (SMTP, STARTTLS) from emctl and the console.
    local p
    for p in adduser libqt6sql6-sqlite libqt6network6 libssl3 libqt6gui6 libcurl4; do
        expect "Depends lacks $p" grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || return 1
    done
}
check "Depends names the plugin carriers" depends_line

# --- programs ----------------------------------------------------------------
programs() {
    local p
    for p in emctl emconsole; do
        expect "$p is $(command -v "$p" || echo 'not on the PATH'), not /usr/bin/$p" \
            test "$(command -v "$p")" = "/usr/bin/$p" || return 1
    done
}
check "emctl and emconsole on the PATH (/usr/bin)" programs

emctl_version() {
    local out
    out=$(emctl --version)
    expect "emctl --version printed '$out', expected 'emctl $upstream'" test "$out" = "emctl $upstream"
}
check "emctl --version is emctl $upstream" emctl_version

emctl_get_org() {
    local out
    # A read verb never creates a directory: it names the missing one.
    if out=$(emctl get-org --directory "$work/org/d.db" 2>&1); then
        echo "get-org on a missing directory succeeded: $out"
        return 1
    fi
    expect "get-org on a missing directory said: $out" grep -q "d.db'.*does not exist" <<<"$out"
    expect "get-org created $work/org/d.db" test ! -e "$work/org/d.db"
    emctl --directory "$work/org/d.db" directory init >/dev/null
    emctl get-org --directory "$work/org/d.db" >"$work/get-org.txt"
    expect "get-org printed no MitigationsEnabled line:
$(cat "$work/get-org.txt")" grep -q '^MitigationsEnabled *: ' "$work/get-org.txt"
}
check "emctl directory init NEW/d.db, then get-org (not before)" emctl_get_org

emconsole_screenshot() {
    QT_QPA_PLATFORM=offscreen timeout 120 emconsole --directory "$work/org/d.db" --screenshot "$work/shot.png"
    local kind
    kind=$(file -b "$work/shot.png")
    expect "screenshot is '$kind', expected a 1320 x 860 PNG" grep -q '^PNG image data, 1320 x 860' <<<"$kind"
}
check "QT_QPA_PLATFORM=offscreen emconsole --screenshot" emconsole_screenshot

# --- desktop integration ---------------------------------------------------------
desktop_entry() {
    local file=/usr/share/applications/emconsole.desktop
    desktop-file-validate "$file"
    expect "$file: no Name=EM Console" grep -qx 'Name=EM Console' "$file"
    expect "$file: no Exec=emconsole" grep -qx 'Exec=emconsole' "$file"
    expect "$file: no Icon=emconsole" grep -qx 'Icon=emconsole' "$file"
}
check "menu entry (desktop-file-validate)" desktop_entry

metainfo() {
    local file=/usr/share/metainfo/invalid.example.emconsole.metainfo.xml
    appstreamcli validate --no-net "$file"
    expect "$file: no release $upstream" grep -q "<release version=\"$upstream\"" "$file"
}
check "AppStream metainfo (appstreamcli validate --no-net)" metainfo

icons() {
    local size kind dir=/usr/share/icons/hicolor
    expect "$dir/scalable/apps/emconsole.svg missing" test -s "$dir/scalable/apps/emconsole.svg"
    for size in "${icon_sizes[@]}"; do
        kind=$(file -b "$dir/${size}x${size}/apps/emconsole.png")
        expect "$dir/${size}x${size}/apps/emconsole.png is '$kind'" \
            grep -q "^PNG image data, $size x $size," <<<"$kind" || return 1
    done
}
check "icons: hicolor SVG and PNG ${icon_sizes[*]}" icons

translations() {
    local ts name
    for ts in "$(dirname "$0")"/../translations/*.ts; do
        name=$(basename "$ts" .ts)
        expect "/usr/share/emconsole/translations/$name.qm missing" \
            test -s "/usr/share/emconsole/translations/$name.qm" || return 1
    done
}
check "translations in /usr/share/emconsole/translations" translations

man_page() {
    expect "man -w emctl does not find /usr/share/man/man1/emctl.1.gz" \
        test "$(man -w emctl)" = /usr/share/man/man1/emctl.1.gz
    local warnings text verb
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=200 man --warnings emctl 2>&1 >"$work/man.txt")
    expect "man --warnings emctl: $warnings" test -z "$warnings"
    text=$(tr -s ' ' <"$work/man.txt")
    # Every verb of the installed emctl has its section.
    while IFS= read -r verb; do
        expect "man emctl has no 'emctl $verb'" grep -q "emctl $verb" <<<"$text" || return 1
    done < <(emctl --help | awk '/^Verbs:$/ { v = 1; next } v && /^$/ { exit } v { s = substr($0, 3); print substr(s, 1, index(s "  ", "  ") - 1) }')
    expect "emctl --help lists no verbs" test "$(emctl --help | grep -c '^  [a-z]')" -gt 10
}
check "man emctl (no groff warnings, every verb of emctl --help)" man_page

# --- the service -----------------------------------------------------------------
service_user() {
    local entry
    entry=$(getent passwd emconsole) || {
        echo "no user emconsole"
        return 1
    }
    IFS=: read -r _ _ uid _ _ home shell <<<"$entry"
    expect "emconsole has uid $uid, not a system uid" test "$uid" -lt 1000
    expect "emconsole's home is $home" test "$home" = "$state"
    expect "emconsole's shell is $shell" test "$shell" = /usr/sbin/nologin
    local d
    for d in "$state" "$logs"; do
        expect "$d is $(stat -c '%U:%G %a' "$d" 2>&1), expected emconsole:emconsole 750" \
            test "$(stat -c '%U:%G %a' "$d")" = "emconsole:emconsole 750" || return 1
    done
    expect "$state/Logging exists: the unit names the log folder" test ! -e "$state/Logging" -a ! -L "$state/Logging"
}
check "service user emconsole, $state and $logs" service_user

unit_installed_not_enabled() {
    expect "$unit_path missing" test -s "$unit_path"
    expect "$unit_path does not run /usr/bin/emctl service" grep -qx 'ExecStart=/usr/bin/emctl service' "$unit_path"
    local links
    links=$(find /etc/systemd/system -name "$unit" 2>/dev/null || true)
    expect "enabled by the package: $links" test -z "$links"
    if command -v systemctl >/dev/null; then
        local enabled
        enabled=$(systemctl is-enabled "$unit" 2>&1 || true)
        expect "systemctl is-enabled $unit: $enabled" test "$enabled" = disabled
    fi
}
check "$unit installed, not enabled" unit_installed_not_enabled

if command -v systemd-analyze >/dev/null; then
    # verify exits 0 on an unknown or misspelt key: any message fails the check.
    unit_verify() {
        local out
        out=$(systemd-analyze verify "$unit_path" 2>&1) || {
            echo "$out"
            return 1
        }
        expect "$out" test -z "$out"
    }
    check "systemd-analyze verify $unit (no message)" unit_verify
    # The sandbox's exposure score (0 safe .. 10 exposed); above 2.0 is a regression.
    check "systemd-analyze security --offline: exposure at most 2.0" \
        systemd-analyze security --offline=true --threshold=20 --no-pager "$unit_path"
else
    skip "systemd-analyze verify / security: systemd-analyze is not installed"
fi

# The service's own run, as its user, in its directory, with the unit's
# Environment= lines (setpriv execs: signals reach emctl itself). The per-run
# log must land in /var/log/emconsole.
unit_environment=()
while IFS= read -r line; do
    unit_environment+=("${line#Environment=}")
done < <(grep '^Environment=' "$unit_path")
as_service=(setpriv --reuid=emconsole --regid=emconsole --init-groups -- env -i -C "$state"
    HOME="$state" PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "${unit_environment[@]}")
service_once() {
    # A feed that cannot be fetched: no network, the previous (no) feed stays.
    "${as_service[@]}" emctl set-org --feed-url file:///nonexistent/emconsole-check/feed.xml >/dev/null
    "${as_service[@]}" timeout 60 emctl service --once >"$work/once.txt" 2>&1 || {
        cat "$work/once.txt"
        return 1
    }
    local logfile
    logfile=$(find "$logs/MitigationService" -name 'MitigationService_*.log' 2>/dev/null | head -n 1 || true)
    expect "no run log under $logs/MitigationService; the service printed:
$(cat "$work/once.txt")" test -n "$logfile"
    expect "$logfile is not owned by emconsole" test "$(stat -c %U "$logfile")" = emconsole
}
check "emctl service --once as emconsole: run log in $logs/MitigationService" service_once

service_sigterm() {
    "${as_service[@]}" emctl service --request-poll 1 >"$work/service.txt" 2>&1 &
    local pid=$! status=0
    for _ in $(seq 50); do
        grep -q 'EM service started' "$work/service.txt" && break
        sleep 0.1
    done
    kill -TERM "$pid"
    # A service that ignores SIGTERM is killed after 15 s (and fails the check).
    (sleep 15 && kill -KILL "$pid") >/dev/null 2>&1 &
    local watchdog=$!
    wait "$pid" || status=$?
    kill "$watchdog" 2>/dev/null || true
    expect "emctl service exited $status on SIGTERM:
$(cat "$work/service.txt")" test "$status" -eq 0
    expect "no 'EM service stopped' line:
$(cat "$work/service.txt")" grep -q 'EM service stopped' "$work/service.txt"
}
check "emctl service stops cleanly on SIGTERM" service_sigterm

# --- remove, then purge ------------------------------------------------------------
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' >"$work/files.txt"
say "removing emconsole"
apt_get remove emconsole
removed() {
    local f left=()
    while IFS= read -r f; do
        [[ ! -e $f && ! -L $f ]] || left+=("$f")
    done <"$work/files.txt"
    expect "left after remove: ${left[*]}" test ${#left[@]} -eq 0
    expect "remove deleted $state/directory.db (state goes on purge only)" test -s "$state/directory.db"
    expect "remove deleted the user emconsole (it goes on purge only)" test -n "$(getent passwd emconsole)"
}
check "remove: files gone, state and user kept" removed

say "purging emconsole"
apt_get purge emconsole
purged() {
    expect "dpkg still has emconsole: $(dpkg-query -W -f='${db:Status-Abbrev}' emconsole 2>&1)" \
        test -z "$(pkg_present && echo yes)"
    local d
    for d in "$state" "$logs"; do
        expect "$d left after purge" test ! -e "$d" || return 1
    done
    expect "user emconsole left after purge" test -z "$(getent passwd emconsole)"
    expect "group emconsole left after purge" test -z "$(getent group emconsole)"
}
check "purge: state, logs, user and group gone" purged

say "$passed passed, $failed failed, $skipped skipped"
((failed == 0))
