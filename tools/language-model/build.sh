#!/usr/bin/env bash
# Rebuilds the Language plugin's model from scratch: the training text from the pinned npm packages and Debian's
# tesseract word lists and Firefox's interface strings, then plugins/Language/Model/language.model. Needs Node.js 20+, apt-get (Debian) and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node extract.mjs
./tesseract-words.sh
./firefox-strings.sh
dotnet run -c Release --project ../LanguageModelBuilder -- out/training ../../plugins/Language/Model/language.model
