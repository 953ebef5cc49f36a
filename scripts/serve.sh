#!/usr/bin/env bash
# `npm run serve`: serves the built site (dist/, run `npm run build` first) through the system's nginx with
# the production configuration (deploy/nginx.conf, and the headers the build wrote into dist/.deploy/) at
# http://127.0.0.1:8080/.
#   PORT=9000, HOST=0.0.0.0   where to listen
#   DIST=/path/to/dist        another build
#   NGINX_RUNTIME=/var/lib/x  where nginx keeps its configuration, logs and temporary files (kept on exit;
#                             by default a temporary directory, removed on exit)
# As root it installs Debian's nginx (and its brotli module) with apt-get when missing, as `npm test`
# does for Chromium; otherwise it says what is missing. Without the brotli module it serves gzip only.
set -euo pipefail
cd "$(dirname "$0")/.."

host=${HOST:-127.0.0.1}
port=${PORT:-8080}
dist_arg=${DIST:-dist}
is_root=false
[ "$(id -u)" = "0" ] && is_root=true
can_apt=false
$is_root && command -v apt-get >/dev/null 2>&1 && can_apt=true

apt_install() {
  echo "==> Installing $* from Debian's packages (apt-get install $*)"
  # Another install may hold dpkg's lock (a second copy of the test suite installing the same package):
  # wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null
}

if ! [[ $port =~ ^[0-9]+$ ]] || ! [[ $host =~ ^[][A-Za-z0-9.:-]+$ ]]; then
  echo "PORT must be a number and HOST a name or address (got PORT=$port HOST=$host)." >&2
  exit 1
fi
if [ ! -f "$dist_arg/index.html" ]; then
  echo "Missing: the built site at $dist_arg/ (no index.html). Run 'npm run build' first, or set DIST." >&2
  exit 1
fi
dist=$(cd "$dist_arg" && pwd)
case "$dist" in
  *'"'* | *'\'* | *'|'* | *' '*) echo "The site's path cannot contain spaces, quotes, '|' or '\\': $dist" >&2; exit 1 ;;
esac

nginx=$(command -v nginx || true)
[ -z "$nginx" ] && [ -x /usr/sbin/nginx ] && nginx=/usr/sbin/nginx
if [ -z "$nginx" ]; then
  if $can_apt; then
    apt_install nginx
    nginx=/usr/sbin/nginx
  else
    echo "Missing: nginx (the production web server this command runs)." >&2
    echo "Install it with 'sudo apt-get install nginx' (Debian's package), or run this as root to have it installed." >&2
    exit 1
  fi
fi
if [ ! -r /etc/nginx/mime.types ]; then
  echo "Missing: /etc/nginx/mime.types (Debian's nginx-common package): install it with 'sudo apt-get install nginx-common'." >&2
  exit 1
fi

brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ ! -f "$brotli_module" ] && $can_apt; then
  apt_install libnginx-mod-http-brotli-static || echo "Could not install libnginx-mod-http-brotli-static: gzip only." >&2
fi
brotli=false
if [ -f "$brotli_module" ]; then
  brotli=true
else
  echo "Note: no brotli module ($brotli_module), so gzip only. For brotli: 'sudo apt-get install libnginx-mod-http-brotli-static'." >&2
fi
if [ ! -f "$dist/index.html.gz" ]; then
  echo "Note: $dist has no precompressed files (index.html.gz): responses go out uncompressed. Rebuild with 'npm run build'." >&2
fi

if [ -n "${NGINX_RUNTIME:-}" ]; then
  runtime=$NGINX_RUNTIME
  keep=true
  mkdir -p "$runtime"
  runtime=$(cd "$runtime" && pwd)
else
  runtime=$(mktemp -d "${TMPDIR:-/tmp}/checkin-nginx.XXXXXX")
  keep=false
fi
pid=
stop() {
  trap - EXIT INT TERM
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  $keep || rm -rf "$runtime"
}
trap stop EXIT
trap 'exit 0' INT TERM

mkdir -p "$runtime/logs" "$runtime/tmp"
# As root, nginx's workers run as www-data (the "#root#" line): they need to reach the temporary files.
$is_root && chmod 755 "$runtime" "$runtime/tmp"

# A site the workers (www-data) cannot read (a private checkout, such as a fresh clone in a mktemp
# directory): serve a readable copy of it from the runtime directory instead, and say so.
if $is_root && command -v runuser >/dev/null 2>&1 && ! runuser -u www-data -- test -r "$dist/index.html"; then
  echo "nginx's workers run as www-data, which cannot read $dist/: serving a readable copy of it." >&2
  cp -a "$dist" "$runtime/site"
  chmod -R a+rX "$runtime/site"
  dist="$runtime/site"
fi

sed_args=(-e "s|@@HOST@@|$host|" -e "s|@@PORT@@|$port|" -e "s|@@ROOT@@|$dist|")
$brotli && sed_args+=(-e 's|^\( *\)#brotli# |\1|')
$is_root && sed_args+=(-e 's|^#root# ||')
sed "${sed_args[@]}" deploy/nginx.conf > "$runtime/nginx.conf"
# The security headers come with the build (dist/.deploy/, from deploy/headers.mjs): its CSP allows the
# CSS this very build inlined, by hash.
for conf in security-headers.conf reader-headers.conf; do
  if [ ! -f "$dist/.deploy/$conf" ]; then
    echo "Missing: $dist/.deploy/$conf (the build writes it, with the hashes of the CSS it inlines). Rebuild with 'npm run build'." >&2
    exit 1
  fi
  cp "$dist/.deploy/$conf" "$runtime/$conf"
done

run=("$nginx" -p "$runtime/" -c "$runtime/nginx.conf")
if ! "${run[@]}" -g "pid $runtime/nginx.pid;" -t -q; then
  echo "nginx rejected the configuration ($runtime/nginx.conf)." >&2
  exit 1
fi

version=$("$nginx" -v 2>&1 | sed 's|.*nginx/||')
echo "Serving $dist at http://$host:$port/ with nginx $version (gzip_static on, brotli_static $($brotli && echo on || echo off))"
echo "Configuration and logs: $runtime/ ($($keep && echo kept || echo removed on exit)). Ctrl-C stops."
"${run[@]}" -g "daemon off; pid $runtime/nginx.pid;" &
pid=$!
status=0
wait "$pid" || status=$?
pid=
if [ "$status" != 0 ]; then
  echo "nginx stopped (exit $status). Its error log:" >&2
  tail -n 20 "$runtime/logs/error.log" >&2 || true
fi
exit "$status"
