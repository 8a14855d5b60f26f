#!/usr/bin/env bash
# Builds the deployable a second time, into separate build folders, and compares it byte for byte
# with the build already in functions/target: the jar, the SBOM and every file of the packaged
# function app. Run by `./gatehouse test` after `mvn verify`; exits non-zero on any difference.
# Reproducible artefacts rest on project.build.outputTimestamp (root pom.xml).
set -euo pipefail
cd "$(dirname "$0")/../.."
first=functions/target
second_dir=target-reproducible
second=functions/$second_dir
[ -f "$first/gatehouse-bom.json" ] || { echo "reproducible: build the function app first (mvn package)" >&2; exit 2; }

echo "[reproducible] building the function app a second time (into */$second_dir)…"
mvn -B -q -DskipTests -Dspotless.check.skip=true -Dgatehouse.buildDir=$second_dir -pl functions -am package

digests() {  # path → SHA-256 of every shipped file, relative to the build folder
  (cd "$1" && find gatehouse-*.jar gatehouse-bom.json azure-functions -type f ! -name '*-tests.jar' \
      -exec sha256sum {} + | sort -k2)
}
if diff <(digests "$first") <(digests "$second") >"$second/reproducible.diff"; then
  echo "[reproducible] $(digests "$first" | wc -l) files, identical in both builds"
  rm -rf testkit/$second_dir devhost/$second_dir functions/$second_dir
else
  echo "[reproducible] the two builds differ (sha256 of each file, first < > second):" >&2
  cat "$second/reproducible.diff" >&2
  exit 1
fi
