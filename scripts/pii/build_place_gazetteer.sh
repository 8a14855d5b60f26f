#!/usr/bin/env bash
# Rebuilds functions/src/main/resources/io/gatehouse/pii/places-geocoder{,-ambiguous}.txt from the
# libphonenumber offline geocoder data (Apache-2.0). See PlaceGazetteerBuilder's javadoc.
# Needs JDK 25 (export JAVA_HOME=$(./gatehouse jdk)) and the jars in the local Maven repository:
#   mvn -B dependency:get -Dartifact=com.googlecode.libphonenumber:geocoder:3.23 -Dtransitive=false
#   mvn -B dependency:get -Dartifact=com.googlecode.libphonenumber:prefixmapper:3.23 -Dtransitive=false
#   mvn -B dependency:get -Dartifact=com.googlecode.libphonenumber:libphonenumber:9.0.19 -Dtransitive=false
#   mvn -B dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false
set -euo pipefail
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
LPN="$M2/com/googlecode/libphonenumber"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" -cp "$LPN/prefixmapper/3.23/prefixmapper-3.23.jar:$LPN/libphonenumber/9.0.19/libphonenumber-9.0.19.jar" \
  functions/src/test/java/io/gatehouse/pii/tools/PlaceGazetteerBuilder.java \
  "$LPN/geocoder/3.23/geocoder-3.23.jar" \
  "$M2/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar" \
  functions/src/main/resources/io/gatehouse/pii
