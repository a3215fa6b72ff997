# Fetching Debian packages without installing them, for the extraction scripts that read training text out of
# them (tesseract-words.sh, firefox-strings.sh). Sourced, not run.

# download_debs DIR PACKAGE...: fetches into DIR each package that is not there yet (a .deb already downloaded is
# reused), running `apt-get update` first when the package lists are missing.
download_debs() {
  local dir=$1 p
  shift
  if ! apt-cache show "$1" >/dev/null 2>&1; then
    echo "apt-get update (package lists missing)" >&2
    apt-get update -qq
  fi
  local need=()
  for p in "$@"; do
    compgen -G "$dir/${p}_*.deb" >/dev/null || need+=("$p")
  done
  if ((${#need[@]})); then
    echo "downloading ${#need[@]} package(s)" >&2
    (cd "$dir" && apt-get download -q -o APT::Sandbox::User=root "${need[@]}")
  fi
}

# deb_of DIR PACKAGE: the newest downloaded .deb of the package.
deb_of() {
  compgen -G "$1/${2}_*.deb" | sort -V | tail -n1
}

# deb_record PACKAGE FILE: the line of a versions file that says which .deb was read.
deb_record() {
  printf '%s %s %s %s\n' "$1" "$(dpkg-deb -f "$2" Version)" "$(sha256sum "$2" | cut -d' ' -f1)" "$(basename "$2")"
}
