#!/usr/bin/env bash
# Refreshes the NL Design System CSS the portal serves (ADR 0023) from npm, at the pinned versions: the packages' own
# prebuilt dist/index.css and their licences, copied into src/Keten.Server/wwwroot/portaal/vendor/. Run by hand when
# the design system releases; `dotnet run` and CI use the copies in the repository and need no npm.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
COMPONENTS=12.0.0
TOKENS=11.1.0
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent "@rijkshuisstijl-community/components-css@$COMPONENTS" "@rijkshuisstijl-community/design-tokens@$TOKENS" > /dev/null
doel="$ROOT/src/Keten.Server/wwwroot/portaal/vendor"
for pakket in components-css design-tokens; do
  mkdir -p "$WORK/$pakket" "$doel/$pakket"
  tar xzf "$WORK"/rijkshuisstijl-community-"$pakket"-*.tgz -C "$WORK/$pakket"
  cp "$WORK/$pakket/package/dist/index.css" "$WORK/$pakket/package/LICENSE.md" "$doel/$pakket/"
done
echo "vendor CSS: components-css $COMPONENTS, design-tokens $TOKENS in $doel"
