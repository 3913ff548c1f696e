#!/bin/sh
# Splits a deployable's Spring Boot jar into its layers, the way the Dockerfile copies them
# into the image, and records the port the module answers on by default.
#
#   deploy/docker/extract-layers.sh MODULE JAR DESTINATION
#
# DESTINATION receives dependencies/, spring-boot-loader/, snapshot-dependencies/ and
# application/ (Spring Boot's layers.idx order, least to most often changed). Copied on top
# of each other they form one directory that runs with `java -jar application.jar`: the
# application jar's manifest lists its dependencies under lib/. .ci/check-deploy runs this
# same script on every built jar, so the layout the image relies on is checked without a
# Docker engine.
set -eu

if [ "$#" -ne 3 ]; then
  echo "usage: $0 MODULE JAR DESTINATION" >&2
  exit 2
fi
module=$1
jar=$2
destination=$3

if [ ! -f "$jar" ]; then
  echo "extract-layers: $jar does not exist (build it with ./mvnw -pl $module -am package)" >&2
  exit 1
fi

# Spring Boot 3.3+ / 4 tools jar mode (the documented replacement of layertools).
java -Djarmode=tools -jar "$jar" extract --layers --application-filename application.jar \
  --destination "$destination"

for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  if [ ! -d "$destination/$layer" ]; then
    echo "extract-layers: layer $layer is missing from $jar" >&2
    exit 1
  fi
done
if [ ! -f "$destination/application/application.jar" ]; then
  echo "extract-layers: $jar has no application layer (not a layered Spring Boot jar?)" >&2
  exit 1
fi
if [ -z "$(ls "$destination/dependencies/lib" 2>/dev/null)" ]; then
  echo "extract-layers: $jar has no dependencies layer" >&2
  exit 1
fi

# The module's default port (server.port: ${SERVER_PORT:NNNN} in its application.yml),
# for the image's HEALTHCHECK when SERVER_PORT is not set. Read from the jar itself, with
# unzip where there is one and the JDK's jar tool otherwise (the JDK image has no unzip).
application_yml() {
  if command -v unzip >/dev/null 2>&1; then
    unzip -p "$jar" BOOT-INF/classes/application.yml
  else
    scratch=$(mktemp -d)
    absolute_jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
    (cd "$scratch" && jar xf "$absolute_jar" BOOT-INF/classes/application.yml \
      && cat BOOT-INF/classes/application.yml)
    rm -rf "$scratch"
  fi
}
port=$(application_yml | sed -n 's/^ *port: *\${SERVER_PORT:\([0-9][0-9]*\)}.*/\1/p' | head -n 1)
if [ -z "$port" ]; then
  echo "extract-layers: no 'port: \${SERVER_PORT:NNNN}' in $module's application.yml" >&2
  exit 1
fi
echo "$port" > "$destination/application/server-port"
echo "extract-layers: $module -> $destination (default port $port)"
