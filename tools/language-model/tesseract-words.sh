#!/usr/bin/env bash
# Extract the LSTM word lists (word DAWGs) from Debian's tesseract-ocr language
# packages (source package tesseract-lang, licence Apache-2.0) and turn them into
# extra training vocabulary:  out/training/<code>/tesseract.txt
#
# Nothing is installed system-wide: the .debs are fetched with `apt-get download`
# and unpacked under out/debian/. Re-running is safe (already-downloaded .debs are
# reused, the unpacked tree and all outputs are rebuilt).
#
# Usage: tools/language-model/tesseract-words.sh
# Needs: Debian/Ubuntu with apt (bookworm tested), dpkg-deb, sha256sum, python3.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=debian-packages.sh
source "$HERE/debian-packages.sh"
OUT="$HERE/out"
WORK="$OUT/debian"
DEBS="$WORK/debs"
ROOT="$WORK/root"
UNPACK="$WORK/unpacked"
TRAIN="$OUT/training"

# our code -> tesseract traineddata name(s) (Debian package: tesseract-ocr-<name with _ -> ->)
LANGS=(
  "en:eng" "es:spa" "de:deu" "fr:fra" "pt:por" "it:ita" "nl:nld" "ru:rus" "uk:ukr"
  "bg:bul" "pl:pol" "cs:ces" "sk:slk" "sl:slv" "hr:hrv" "sr:srp,srp_latn" "bs:bos"
  "ro:ron" "hu:hun" "el:ell" "tr:tur" "sv:swe" "da:dan" "no:nor" "fi:fin" "et:est"
  "lv:lav" "lt:lit" "ca:cat" "id:ind" "ms:msa" "vi:vie" "ar:ara" "fa:fas" "he:heb"
  "hi:hin" "bn:ben" "th:tha" "zh:chi_sim,chi_tra" "ja:jpn" "ko:kor"
)

# Tools (combine_tessdata, dawg2wordlist) come from tesseract-ocr; these are the
# shared libraries they need. Any that are also installed on the host are simply
# shadowed by the unpacked copies.
LIBS=(libtesseract5 liblept5 libopenjp2-7 libgomp1 libwebpmux3 libwebp7 libgif7
      libarchive13 libtiff6)

mkdir -p "$DEBS" "$TRAIN"

pkgs=(tesseract-ocr "${LIBS[@]}")
for spec in "${LANGS[@]}"; do
  IFS=, read -r -a tl <<<"${spec#*:}"
  for t in "${tl[@]}"; do pkgs+=("tesseract-ocr-${t//_/-}"); done
done

download_debs "$DEBS" "${pkgs[@]}"

# --- unpack into a private root ---------------------------------------------
rm -rf "$ROOT" "$UNPACK"
mkdir -p "$ROOT" "$UNPACK"
versions="$TRAIN/tesseract-versions.txt.tmp"
{
  echo "# Debian packages used by tesseract-words.sh (package version sha256 file)"
  for p in "${pkgs[@]}"; do
    f=$(deb_of "$DEBS" "$p")
    dpkg-deb -x "$f" "$ROOT"
    deb_record "$p" "$f"
  done
} >"$versions"
mv "$versions" "$TRAIN/tesseract-versions.txt"

BIN="$ROOT/usr/bin"
export LD_LIBRARY_PATH="$ROOT/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
if ldd "$BIN/dawg2wordlist" "$BIN/combine_tessdata" | grep -q 'not found'; then
  echo "missing shared libraries (add their packages to LIBS):" >&2
  ldd "$BIN/dawg2wordlist" "$BIN/combine_tessdata" | grep 'not found' >&2
  exit 1
fi
TESSDATA=$(dirname "$(find "$ROOT/usr/share" -name eng.traineddata | head -n1)")

# --- traineddata -> raw word lists -------------------------------------------
for spec in "${LANGS[@]}"; do
  IFS=, read -r -a tl <<<"${spec#*:}"
  for t in "${tl[@]}"; do
    "$BIN/combine_tessdata" -u "$TESSDATA/$t.traineddata" "$UNPACK/$t." >/dev/null 2>&1
    "$BIN/dawg2wordlist" "$UNPACK/$t.lstm-unicharset" "$UNPACK/$t.lstm-word-dawg" \
      "$UNPACK/$t.words" >/dev/null 2>&1
  done
done

# --- normalise / filter ----------------------------------------------------
python3 - "$UNPACK" "$TRAIN" "${LANGS[@]}" <<'PY'
import os, re, sys, unicodedata

unpack, train, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
ascii_word = re.compile(r"[a-z]+")
nfc = lambda s: unicodedata.normalize("NFC", s)
# Simple (per-character) case mapping, like .NET ToLowerInvariant: U+0130 -> "i",
# not Python's full mapping "i\u0307".
lower = lambda s: "".join(c.lower()[0] for c in s)

def load(code, tnames):
    words = set()
    for t in tnames:
        with open(os.path.join(unpack, t + ".words"), encoding="utf-8") as fh:
            for line in fh:
                w = nfc(lower(nfc(line.strip())))
                if not w or any(c.isdigit() for c in w) or not any(c.isalpha() for c in w):
                    continue
                if len(w) < 2 and code not in ("zh", "ja"):
                    continue
                words.add(w)
    return words

parsed = [(s.split(":")[0], s.split(":")[1].split(",")) for s in specs]
english = load("en", dict(parsed)["en"])
for code, tnames in parsed:
    words = english if code == "en" else {
        w for w in load(code, tnames) if not (ascii_word.fullmatch(w) and w in english)}
    d = os.path.join(train, code)
    os.makedirs(d, exist_ok=True)
    tmp = os.path.join(d, "tesseract.txt.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        # UTF-16 code-unit order (= .NET StringComparer.Ordinal, JS sort)
        fh.writelines(w + "\n" for w in sorted(words, key=lambda w: w.encode("utf-16-be")))
    os.replace(tmp, os.path.join(d, "tesseract.txt"))
    print(f"{code}\t{len(words)}")
PY
