# The host with every shipped plugin, for running 'pluginhost analyze' where the articles are (see docs/scale-out.md).
#   docker build -t pluginhost .
#   docker run --rm -v "$PWD/articles:/articles:ro" pluginhost analyze /articles
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# ReadyToRun (the host and its plugins precompiled for the image's platform): a pod analyzes its first articles at
# full speed instead of compiling as it goes. TARGETARCH is amd64 or arm64, set by docker buildx.
ARG TARGETARCH=amd64
RUN dotnet publish src/PluginHost.Cli --configuration Release --runtime linux-$(echo "$TARGETARCH" | sed 's/amd64/x64/') \
    --self-contained false -p:PublishReadyToRun=true --output /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /app /app
# The shipped rules' parsed syntax, which every pod then reads instead of parsing (a start about 0.1 s shorter; see
# the README's "Rule syntax cache"), made here with this image's runtime, which is part of its key. Pods cannot write
# to it, and do not try again after a first failed write. Exit code 1 only means error-level findings.
COPY --from=build /src/samples /tmp/samples
ENV PLUGINHOST_CACHE_DIR=/app/rule-cache
RUN dotnet /app/pluginhost.dll analyze /tmp/samples --quiet --format json --output /tmp/samples.json; \
    [ $? -le 1 ] && chmod -R a+rX /app/rule-cache && rm -r /tmp/samples /tmp/samples.json
# The .NET images' unprivileged user: the host only reads articles and writes reports.
USER app
WORKDIR /articles
ENTRYPOINT ["dotnet", "/app/pluginhost.dll"]
CMD ["--help"]
