# syntax=docker/dockerfile:1
#
# One image recipe for every deployable of the fleet. MODULE names the Maven module:
#
#   docker build --build-arg MODULE=catalog-service -t wholesale-shop/catalog-service:local .
#
# MODULE is one of: gateway auth-service catalog-service pricing-service
# fulfillment-service cart-service payment-service orders-service rating-service
# realtime-service log-service health-service paypal-simulator.
# docker-compose.yml builds all thirteen; docs/deployment.md explains the rest.
#
# The jars are built inside the image build (stage "build"), so a machine needs only Docker:
# no JDK, no Maven, no `./mvnw package` beforehand. That stage does not use MODULE, so it is
# the same for all thirteen images: BuildKit runs it once per source change and every image
# takes its jar from it. Maven's repository lives in a BuildKit cache mount, so dependencies
# are downloaded once per machine, not once per build.

ARG JAVA_VERSION=21

# ---------------------------------------------------------------------------------------
# build: every deployable's Spring Boot jar, <module>/target/<module>.jar
# ---------------------------------------------------------------------------------------
FROM eclipse-temurin:${JAVA_VERSION}-jdk-noble AS build
WORKDIR /workspace
COPY . .
# Tests and the formatter check run in CI (./mvnw verify), not in the image build.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    sh ./mvnw -B -ntp -DskipTests -Dspring-javaformat.skip package -am -pl \
    gateway,auth-service,catalog-service,pricing-service,fulfillment-service,cart-service,payment-service,orders-service,rating-service,realtime-service,log-service,health-service,paypal-simulator

# ---------------------------------------------------------------------------------------
# layers: MODULE's jar split into Spring Boot's layers (dependencies change rarely, the
# application on every build), so an image rebuild after a code change only replaces
# the small top layer.
# ---------------------------------------------------------------------------------------
FROM build AS layers
ARG MODULE
RUN test -n "${MODULE}" || { echo "build with --build-arg MODULE=<module>, see the top of this Dockerfile" >&2; exit 1; }
RUN sh deploy/docker/extract-layers.sh "${MODULE}" "${MODULE}/target/${MODULE}.jar" /layers

# ---------------------------------------------------------------------------------------
# runtime: Eclipse Temurin 21 JRE on Ubuntu 24.04 (noble). That image ships curl (the
# Adoptium Dockerfile installs curl and wget), which the HEALTHCHECK below uses; a check
# with a second JVM would cost ~40 MB per probe inside the container's memory limit.
# ---------------------------------------------------------------------------------------
FROM eclipse-temurin:${JAVA_VERSION}-jre-noble AS runtime

# A fixed, numeric non-root user (Kubernetes' runAsNonRoot can verify a numeric id).
# /var/lib/shop holds what a service writes: the log store (log-service) and the log
# shipper's spool; the application files themselves stay owned by root and read-only.
RUN command -v curl >/dev/null \
    && groupadd --system --gid 10001 shop \
    && useradd --system --uid 10001 --gid shop --home-dir /app --no-create-home --shell /usr/sbin/nologin shop \
    && mkdir -p /var/lib/shop/log-store /var/lib/shop/log-spool \
    && chown -R 10001:10001 /var/lib/shop

WORKDIR /app
# Least to most often changed, each its own image layer.
COPY --from=layers /layers/dependencies/ ./
COPY --from=layers /layers/spring-boot-loader/ ./
COPY --from=layers /layers/snapshot-dependencies/ ./
COPY --from=layers /layers/application/ ./

# Container-aware memory: the heap is a share of the container's memory limit (cgroups),
# leaving the rest for metaspace, code cache, thread stacks and direct buffers. The JVM
# exits on OutOfMemoryError so that Docker or Kubernetes restarts it instead of leaving a
# broken process up. JDK_JAVA_OPTIONS is read by the java launcher only; replace the whole
# variable (docker run -e, compose environment, a Kubernetes env entry) to tune it.
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=65.0 -XX:InitialRAMPercentage=20.0 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp" \
    SHOP_LOG_SPOOL_DIRECTORY=/var/lib/shop/log-spool \
    LOG_STORE_DIRECTORY=/var/lib/shop/log-store

USER 10001:10001

# Ready means the readiness group is UP (the database where the service has one). The port
# is SERVER_PORT when set, else the module's default, recorded at build time in
# /app/server-port. Kubernetes ignores HEALTHCHECK and uses the probes in deploy/k8s.
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:${SERVER_PORT:-$(cat /app/server-port)}/actuator/health/readiness" || exit 1

# Exec form: java is PID 1 and receives SIGTERM itself, so `docker stop` and Kubernetes
# start Spring's graceful shutdown (server.shutdown=graceful, 20 s per phase): in-flight
# requests finish, the log shipper flushes, then the JVM exits.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/application.jar"]

# Declared last so that everything above is one shared set of layers for all thirteen images.
ARG MODULE
LABEL org.opencontainers.image.title="wholesale-shop-${MODULE}" \
      org.opencontainers.image.description="Wholesale Shop Fleet: ${MODULE}" \
      org.opencontainers.image.vendor="Wholesale Shop"
