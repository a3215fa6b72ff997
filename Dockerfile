# The host with every shipped plugin, for running 'pluginhost analyze' where the articles are (see docs/scale-out.md).
#   docker build -t pluginhost .
#   docker run --rm -v "$PWD/articles:/articles:ro" pluginhost analyze /articles
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/PluginHost.Cli --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /app /app
# The .NET images' unprivileged user: the host only reads articles and writes reports.
USER app
WORKDIR /articles
ENTRYPOINT ["dotnet", "/app/pluginhost.dll"]
CMD ["--help"]
