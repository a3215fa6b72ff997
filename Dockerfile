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
# The .NET images' unprivileged user: the host only reads articles and writes reports.
USER app
WORKDIR /articles
ENTRYPOINT ["dotnet", "/app/pluginhost.dll"]
CMD ["--help"]
