# Gatehouse as a container, for customers who keep their data in their own infrastructure
# (Kubernetes with KEDA: infra/kubernetes/, docs/kubernetes.md). The image is the packaged
# function app on Microsoft's Functions host for Java 21; build the package first:
#
#   mvn -B package -DskipTests -pl functions -am
#   docker build -t gatehouse:$(git rev-parse --short HEAD) .
#
# Pin the base image by digest in your registry for reproducible builds
# (docker buildx imagetools inspect mcr.microsoft.com/azure-functions/java:4-java21).
ARG BASE_IMAGE=mcr.microsoft.com/azure-functions/java:4-java21
FROM ${BASE_IMAGE}

ENV AzureWebJobsScriptRoot=/home/site/wwwroot \
    AzureFunctionsJobHost__Logging__Console__IsEnabled=true \
    # Listen on an unprivileged port so the host needs no root.
    ASPNETCORE_URLS=http://+:8080 \
    FUNCTIONS_WORKER_RUNTIME=java

# No settings or secrets are baked in: they come from the environment at run time.
COPY functions/target/azure-functions/gatehouse /home/site/wwwroot

# A fixed, unprivileged user; the host writes only to /tmp (logs, function metadata cache).
RUN groupadd --gid 10001 gatehouse \
    && useradd --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin gatehouse \
    && chmod -R a-w /home/site/wwwroot
USER 10001:10001

EXPOSE 8080
