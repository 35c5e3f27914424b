#!/bin/bash
# Stand-in for appcmd.exe in the host tests: list apppool NAME /text:*,
# set apppool NAME /autoStart:V, stop|start apppool /apppool.name:NAME, with
# the real tool's output. State in $EM_STUB_STATE: pools/<lower-case name>
# holds "Name autoStart state"; a file appcmd-fail-<verb> holds a message to
# fail that verb with; calls.log records every call.
state="${EM_STUB_STATE:?EM_STUB_STATE not set}"
echo "appcmd $*" >> "$state/calls.log"
verb="$1"
case "$verb" in
    list|set) name="$3" ;;
    stop|start) name="${3#/apppool.name:}" ;;
    *) printf 'ERROR ( message:Unknown command "%s". )\r\n' "$verb"; exit 1 ;;
esac
lower=$(printf '%s' "$name" | tr 'A-Z' 'a-z')
file="$state/pools/$lower"

if [ -f "$state/appcmd-fail-$verb" ]; then
    printf 'ERROR ( hresult:80070005, message:Command execution failed.\r\n%s\r\n )\r\n' "$(cat "$state/appcmd-fail-$verb")"
    exit 5
fi
if [ ! -f "$file" ]; then
    printf 'ERROR ( message:Cannot find APPPOOL object with identifier "%s". )\r\n' "$name"
    exit 1
fi
read -r real autostart run < "$file"
save() { echo "$real $autostart $run" > "$file"; }

case "$verb" in
    list)
        printf 'APPPOOL\r\n  APPPOOL.NAME:"%s"\r\n  PipelineMode:"Integrated"\r\n  RuntimeVersion:"v4.0"\r\n' "$real"
        printf '  state:"%s"\r\n  [add]\r\n    name:"%s"\r\n    queueLength:"1000"\r\n    autoStart:"%s"\r\n' "$run" "$real" "$autostart"
        printf '    enable32BitAppOnWin64:"false"\r\n    managedRuntimeVersion:"v4.0"\r\n    managedRuntimeLoader:""\r\n'
        printf '    enableConfigurationOverride:"true"\r\n    managedPipelineMode:"Integrated"\r\n'
        printf '    CLRConfigFile:"C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\GenericAppPoolConfigWithGCServerEnabledFalse.config"\r\n'
        printf '    passAnonymousToken:"true"\r\n    startMode:"OnDemand"\r\n    [processModel]\r\n'
        printf '      identityType:"LocalSystem"\r\n      userName:""\r\n      password:""\r\n      loadUserProfile:"true"\r\n'
        printf '      idleTimeout:"00:00:00"\r\n      pingingEnabled:"false"\r\n    [recycling]\r\n'
        printf '      disallowOverlappingRotation:"false"\r\n      [periodicRestart]\r\n        time:"00:00:00"\r\n'
        printf '    [failure]\r\n      rapidFailProtection:"false"\r\n'
        ;;
    set)
        case "$4" in
            /autoStart:true|/autoStart:false) autostart="${4#/autoStart:}" ;;
            *) printf 'ERROR ( message:Unknown attribute "%s".  Replace with -? for help. )\r\n' "$4"; exit 1 ;;
        esac
        save
        printf 'APPPOOL object "%s" changed\r\n' "$real"
        ;;
    stop)
        if [ "$run" = Stopped ]; then
            printf 'ERROR ( hresult:800710d8, message:Command execution failed.\r\nThe object identifier does not represent a valid object.\r\n )\r\n'
            exit 1
        fi
        run=Stopped
        save
        printf '"%s" successfully stopped.\r\n' "$real"
        ;;
    start)
        if [ "$run" = Started ]; then
            printf 'ERROR ( hresult:800710d8, message:Command execution failed.\r\nThe object identifier does not represent a valid object.\r\n )\r\n'
            exit 1
        fi
        run=Started
        save
        printf '"%s" successfully started.\r\n' "$real"
        ;;
esac
exit 0
