# The headless REST server in a container (installer/README.md, "Docker"). Build from the repository root:
#   docker build -t aside-server .
#   docker run -p 5000:5000 -v aside-data:/data aside-server
# The first start stores the access token in /data/cache/server.token (it is never printed), or pass -e ASIDE_TOKEN=...

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -pl rest -am package -DskipTests

# A JDK, not a JRE: live Java functions are compiled by javac inside the server.
FROM eclipse-temurin:17-jdk
RUN groupadd --system aside && useradd --system --gid aside --home-dir /data aside \
    && mkdir -p /opt/aside /data/cache /data/functions /data/sor && chown -R aside:aside /data
COPY --from=build /src/rest/target/aside-server.jar /opt/aside/aside-server.jar
# The samples as the drive SOR, so a first "docker run" has data to serve; a new named volume starts with
# them, and a bind mount of your own data over /data/sor replaces them.
COPY --from=build --chown=aside:aside /src/samples/data /data/sor

# The seed's variables. Left unset here, set them with -e to use S3:
#   AWS_BUCKET_NAME  the bucket of the "s3" system of record (enables it)
#   AWS_DATA_DIR     key prefix inside the bucket
#   AWS_REGION       the bucket's region (else the SDK's default region chain)
#   AWS_ENDPOINT_URL an S3-compatible endpoint instead of AWS
# Credentials come from the SDK's default chain: on EC2/ECS/EKS the instance or task role, no keys needed.
ENV LOCAL_DATA_DIR=/data/cache \
    LOCAL_FUNCTION_DIR=/data/functions \
    REMOTE_STORAGE=/data/sor \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
USER aside
WORKDIR /data
EXPOSE 5000
# The server always has an access token: pass -e ASIDE_TOKEN=... to docker run to choose it,
# else one is generated on first start and stored in the data dir (never printed).
ENTRYPOINT ["java", "-jar", "/opt/aside/aside-server.jar", "--bind", "0.0.0.0"]
