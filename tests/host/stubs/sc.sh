#!/bin/bash
# Stand-in for sc.exe in the host tests: prints what the real tool prints
# (CRLF, same fields and numbers) for qc, query, config NAME start= X, stop
# and start. State lives in $EM_STUB_STATE: services/<lower-case name> holds
# "Name START_TYPE STATE"; a file fail-<verb> holds "Call|code|message" to make
# that verb fail as sc.exe does; a file hang-<verb> makes it hang; calls.log
# records every call; a file "french" makes it answer as a French Windows does.
state="${EM_STUB_STATE:?EM_STUB_STATE not set}"
echo "$*" >> "$state/calls.log"
verb="$1"
name="$2"
lower=$(printf '%s' "$name" | tr 'A-Z' 'a-z')
file="$state/services/$lower"

word=FAILED
sep=':'
success=SUCCESS
if [ -f "$state/french" ]; then
    word='ÉCHEC'
    sep=' :'
    success='réussite(s)'
fi

failed() { # call code message
    printf '[SC] %s %s %s%s\r\n\r\n%s\r\n\r\n' "$1" "$word" "$2" "$sep" "$3"
    exit $(( $2 % 256 ))
}

[ -f "$state/hang-$verb" ] && sleep 30
if [ -f "$state/fail-$verb" ]; then
    IFS='|' read -r call code message < "$state/fail-$verb"
    failed "$call" "$code" "$message"
fi
[ -f "$file" ] || failed OpenService 1060 "The specified service does not exist as an installed service."
read -r real type run < "$file"

type_line() {
    case "$type" in
        AUTO_START) printf '        START_TYPE         : 2   AUTO_START\r\n' ;;
        AUTO_START_DELAYED) printf '        START_TYPE         : 2   AUTO_START  (DELAYED)\r\n' ;;
        DEMAND_START) printf '        START_TYPE         : 3   DEMAND_START\r\n' ;;
        DISABLED) printf '        START_TYPE         : 4   DISABLED\r\n' ;;
    esac
}

state_block() { # number word controls
    printf '\r\nSERVICE_NAME: %s \r\n' "$real"
    printf '        TYPE               : 10  WIN32_OWN_PROCESS  \r\n'
    printf '        STATE              : %s  %s \r\n' "$1" "$2"
    printf '                                (%s)\r\n' "$3"
    printf '        WIN32_EXIT_CODE    : 0  (0x0)\r\n'
    printf '        SERVICE_EXIT_CODE  : 0  (0x0)\r\n'
    printf '        CHECKPOINT         : 0x0\r\n'
    printf '        WAIT_HINT          : 0x0\r\n'
}

show_state() {
    case "$run" in
        RUNNING) state_block 4 RUNNING "STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN" ;;
        STOPPED) state_block 1 STOPPED "NOT_STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN" ;;
        STOP_PENDING) state_block 3 STOP_PENDING "STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN" ;;
        START_PENDING) state_block 2 START_PENDING "NOT_STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN" ;;
    esac
}

save() { echo "$real $type $run" > "$file"; }

case "$verb" in
    qc)
        printf '[SC] QueryServiceConfig %s\r\n\r\n' "$success"
        printf 'SERVICE_NAME: %s\r\n' "$real"
        printf '        TYPE               : 10  WIN32_OWN_PROCESS \r\n'
        type_line
        printf '        ERROR_CONTROL      : 1   NORMAL\r\n'
        printf '        BINARY_PATH_NAME   : "C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Bin\\%s.exe"\r\n' "$real"
        printf '        LOAD_ORDER_GROUP   : \r\n'
        printf '        TAG                : 0\r\n'
        printf '        DISPLAY_NAME       : Microsoft Exchange %s\r\n' "$real"
        printf '        DEPENDENCIES       : \r\n'
        printf '        SERVICE_START_NAME : LocalSystem\r\n'
        ;;
    query)
        show_state
        # A pending state settles by the next query, as a real service does.
        case "$run" in STOP_PENDING) run=STOPPED; save ;; START_PENDING) run=RUNNING; save ;; esac
        ;;
    config)
        [ "$3" = "start=" ] || { printf 'DESCRIPTION:\r\n        Modifies a service entry in the registry and Service Database.\r\n'; exit 1639; }
        case "$4" in
            auto) type=AUTO_START ;;
            delayed-auto) type=AUTO_START_DELAYED ;;
            demand) type=DEMAND_START ;;
            disabled) type=DISABLED ;;
            *) printf 'DESCRIPTION:\r\n        Modifies a service entry in the registry and Service Database.\r\n'; exit 1639 ;;
        esac
        save
        printf '[SC] ChangeServiceConfig %s\r\n' "$success"
        ;;
    stop)
        [ "$run" = STOPPED ] && failed ControlService 1062 "The service has not been started."
        run=STOP_PENDING
        save
        show_state
        ;;
    start)
        [ "$type" = DISABLED ] && failed StartService 1058 "The service cannot be started, either because it is disabled or because it has no enabled devices associated with it."
        [ "$run" = RUNNING ] && failed StartService 1056 "An instance of the service is already running."
        run=START_PENDING
        save
        show_state
        printf '        PID                : 4242\r\n        FLAGS              : \r\n'
        ;;
    *)
        printf 'ERROR:  Unrecognized command\r\n'
        exit 1
        ;;
esac
exit 0
