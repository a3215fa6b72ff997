#!/usr/bin/env bash
# Extract the user-interface strings of Firefox ESR's language packs (Debian's firefox-esr-l10n-<locale>,
# licence MPL-2.0) as training text of the kind news pages are framed with: menus, buttons, labels, short
# messages.  out/training/<code>/firefox.txt
#
# Nothing is installed system-wide: the .debs are fetched with `apt-get download` and unpacked under
# out/firefox/. Re-running is safe (downloaded .debs are reused, the unpacked tree and all outputs are rebuilt).
#
# Usage: tools/language-model/firefox-strings.sh
# Needs: Debian with apt (bookworm tested; Ubuntu has no firefox-esr-l10n packages), dpkg-deb, unzip, sha256sum,
# python3.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=debian-packages.sh
source "$HERE/debian-packages.sh"
OUT="$HERE/out"
WORK="$OUT/firefox"
DEBS="$WORK/debs"
UNPACK="$WORK/unpacked"
TRAIN="$OUT/training"

# our code -> Firefox locale(s) (Debian package: firefox-esr-l10n-<locale>)
LANGS=(
  "en:en-gb" "es:es-es" "de:de" "fr:fr" "pt:pt-pt,pt-br" "it:it" "nl:nl" "ru:ru" "uk:uk"
  "bg:bg" "pl:pl" "cs:cs" "sk:sk" "sl:sl" "hr:hr" "sr:sr" "bs:bs"
  "ro:ro" "hu:hu" "el:el" "tr:tr" "sv:sv-se" "da:da" "no:nb-no,nn-no" "fi:fi" "et:et"
  "lv:lv" "lt:lt" "ca:ca" "id:id" "ms:ms" "vi:vi" "ar:ar" "fa:fa" "he:he"
  "hi:hi-in" "bn:bn" "th:th" "zh:zh-cn,zh-tw" "ja:ja" "ko:ko"
)

mkdir -p "$DEBS" "$TRAIN"

pkgs=()
for spec in "${LANGS[@]}"; do
  IFS=, read -r -a fl <<<"${spec#*:}"
  for f in "${fl[@]}"; do pkgs+=("firefox-esr-l10n-$f"); done
done

download_debs "$DEBS" "${pkgs[@]}"

# --- unpack each language pack (an .xpi, a zip) -------------------------------
rm -rf "$UNPACK"
mkdir -p "$UNPACK"
versions="$TRAIN/firefox-versions.txt.tmp"
{
  echo "# Debian packages used by firefox-strings.sh (package version sha256 file)"
  for p in "${pkgs[@]}"; do
    f=$(deb_of "$DEBS" "$p")
    locale=${p#firefox-esr-l10n-}
    dpkg-deb -x "$f" "$UNPACK/$locale.deb"
    xpi=$(find "$UNPACK/$locale.deb" -name 'langpack-*.xpi' | head -n1)
    unzip -q "$xpi" -d "$UNPACK/$locale"
    rm -rf "$UNPACK/$locale.deb"
    deb_record "$p" "$f"
  done
} >"$versions"
mv "$versions" "$TRAIN/firefox-versions.txt"

# --- strings -> training text ----------------------------------------------
python3 - "$UNPACK" "$TRAIN" "${LANGS[@]}" <<'PY'
import html, os, re, sys, unicodedata

unpack, train, specs = sys.argv[1], sys.argv[2], sys.argv[3:]

# Keys whose values are not text: keyboard shortcuts and layout.
NOT_TEXT = re.compile(r"(accesskey|commandkey|commandKey|accessKey|shortcut|\bkey|style|width|height|[.-]key\d*)$", re.I)
FTL_MESSAGE = re.compile(r"^(-?[A-Za-z][\w-]*)\s*=\s*(.*)$")
FTL_ATTRIBUTE = re.compile(r"^\s+\.([\w-]+)\s*=\s*(.*)$")
FTL_VARIANT = re.compile(r"^\s*\*?\[[^\]]*\]\s*(.*)$")
PROPERTY = re.compile(r"^\s*([^#!=:\s][^=:]*?)\s*[=:]\s*(.*)$")
PLACEABLE = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"<[^>]*>")
PRINTF = re.compile(r"%(\d+\$)?[A-Za-z@]|#\d+")
UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’._-]*")
# Languages not written in Latin letters: a Latin word in their strings is an English technical term (CORS, proxy).
NON_LATIN = {"ru", "uk", "bg", "sr", "el", "ar", "fa", "he", "hi", "bn", "th", "zh", "ja", "ko"}

def clean(text, code):
    if code in NON_LATIN:
        text = LATIN_WORD.sub(" ", text)
    while PLACEABLE.search(text):
        text = PLACEABLE.sub(" ", text)
    text = html.unescape(TAG.sub(" ", text)).replace("\\n", " ")
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return text if any(c.isalpha() for c in text) else None

def ftl(path):
    key = None  # the message or term the lines belong to
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if m := FTL_MESSAGE.match(line):
            key, text = m.group(1), m.group(2)
        elif m := FTL_ATTRIBUTE.match(line):
            text = m.group(2)
            # A term's attributes are grammar for the code (".gender = masculine"), not text.
            if NOT_TEXT.search(m.group(1)) or (key or "").startswith("-"):
                continue
        elif key is not None and line[0].isspace():
            m = FTL_VARIANT.match(line)
            text = m.group(1) if m else line
        else:
            continue
        # A selector ("{ $count ->", "{ -brand-short-name.gender ->") opens a placeable that closes lines below.
        if NOT_TEXT.search(key) or "->" in text:
            continue
        yield text

def properties(path):
    if os.path.basename(path) == "intl.properties":  # locale codes and fonts, not text
        return
    for line in open(path, encoding="utf-8"):
        if (m := PROPERTY.match(line)) and not NOT_TEXT.search(m.group(1)):
            text = PRINTF.sub(" ", UNICODE_ESCAPE.sub(lambda u: chr(int(u.group(1), 16)), m.group(2)))
            yield from text.split(";")  # plural forms: "#1 tab;#1 tabs"

def strings(locale, code):
    found = set()
    root = os.path.join(unpack, locale)
    for folder, _, files in os.walk(root):
        for name in files:
            read = ftl if name.endswith(".ftl") else properties if name.endswith(".properties") else None
            for text in read(os.path.join(folder, name)) if read else ():
                if (text := clean(text, code)) is not None:
                    found.add(text)
    return found

parsed = [(s.split(":")[0], s.split(":")[1].split(",")) for s in specs]
english = strings("en-gb", "en")
english_folded = {t.casefold() for t in english}
for code, locales in parsed:
    lines = set().union(*(strings(l, code) for l in locales))
    if code != "en":
        # A string left in English (untranslated, a brand, "OK") says nothing of the language.
        lines = {t for t in lines if t.casefold() not in english_folded}
    d = os.path.join(train, code)
    os.makedirs(d, exist_ok=True)
    tmp = os.path.join(d, "firefox.txt.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        # UTF-16 code-unit order (= .NET StringComparer.Ordinal, JS sort)
        fh.writelines(t + "\n" for t in sorted(lines, key=lambda t: t.encode("utf-16-be")))
    os.replace(tmp, os.path.join(d, "firefox.txt"))
    print(f"{code}\t{len(lines)} strings\t{sum(len(t.split()) for t in lines)} words")
PY
