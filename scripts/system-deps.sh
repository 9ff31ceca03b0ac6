#!/usr/bin/env bash
# Optional system packages, installed only where we can (root with apt-get, as on CI); never
# fails the setup.
# - libharfbuzz-subset0: WeasyPrint subsets fonts with HarfBuzz when it is present (measured: a
#   warm certificate 0.13 s instead of 0.39 s with the fontTools fallback); `readiness doctor`
#   says when it is missing.
# - chromium: the browser test of the verification page drives Debian's Chromium through
#   Playwright (`playwright install` cannot download browsers here); without it that test is
#   skipped, with the reason.
set -u
missing=()
if ! ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset\.so\.0'; then
  missing+=(libharfbuzz-subset0)
fi
if [ ! -x /usr/bin/chromium ] && ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} (faster PDF font subsetting; the browser test)..." >&2
  (apt-get update -qq >/dev/null 2>&1 || true)
  for pkg in "${missing[@]}"; do
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" \
      >/dev/null 2>&1 || echo "could not install $pkg (see scripts/system-deps.sh)" >&2
  done
else
  for pkg in "${missing[@]}"; do
    case "$pkg" in
      libharfbuzz-subset0) echo "note: libharfbuzz-subset0 is not installed; PDFs render slower (see: readiness doctor)" >&2 ;;
      chromium) echo "note: chromium is not installed; the browser test will be skipped" >&2 ;;
    esac
  done
fi
exit 0
