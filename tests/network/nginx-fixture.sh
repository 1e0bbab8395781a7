#!/bin/sh
# A real nginx on loopback for the feed tests, run as a ctest fixture:
#
#   nginx-fixture.sh start DIR   serve DIR/www on 127.0.0.1 at a free port; DIR/port says which
#   nginx-fixture.sh stop DIR    stop it (quietly done when a test already stopped it)
#
# Everything lives in DIR: the config, the pid, the access log (status and validators of every
# request, which the tests read to prove a 304), the temp folders. Needs only the nginx binary
# (package nginx-light) and works as root or not.
set -eu

command=${1:?usage: $0 start|stop DIR}
dir=${2:?usage: $0 start|stop DIR}

nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "$0: nginx is missing (scripts/install-deps installs nginx-light)" >&2; exit 1; }

stop() {
    if [ -f "$dir/nginx.pid" ]; then
        pid=$(cat "$dir/nginx.pid")
        kill -QUIT "$pid" 2>/dev/null || true
        i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
        kill -KILL "$pid" 2>/dev/null || true
        rm -f "$dir/nginx.pid"
    fi
}

case "$command" in
stop)
    stop
    exit 0
    ;;
start)
    stop
    rm -rf "$dir"
    mkdir -p "$dir/www" "$dir/tmp"
    # A free port: ask the kernel for one, then hand it to nginx (a race only with other tests).
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    user_line=
    [ "$(id -u)" = 0 ] && user_line="user root;"
    cat > "$dir/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 64; }
http {
    log_format attend '\$request_method \$uri \$status "\$http_if_none_match" "\$http_if_modified_since" "\$http_authorization"';
    access_log $dir/access.log attend;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    types { application/xml xml; application/json json; text/calendar ics; }
    default_type application/octet-stream;
    gzip on;
    gzip_types application/xml application/json text/calendar;
    etag on;
    server {
        listen 127.0.0.1:$port;
        root $dir/www;
        location /private/ {
            if (\$http_authorization != "Bearer attend-test-token") { return 401; }
        }
        # Basic attend:pw-in-address, the credentials a feed's address carries in tst_feedserving.
        location /basic/ {
            if (\$http_authorization != "Basic YXR0ZW5kOnB3LWluLWFkZHJlc3M=") { return 401; }
        }
    }
}
CONF
    "$nginx_bin" -p "$dir" -c "$dir/nginx.conf"
    # Ready when it answers.
    i=0
    until python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; do
        i=$((i + 1))
        [ $i -lt 50 ] || { echo "$0: nginx did not start" >&2; cat "$dir/error.log" >&2 || true; exit 1; }
        sleep 0.1
    done
    echo "$port" > "$dir/port"
    echo "nginx serving $dir/www at http://127.0.0.1:$port/"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
