# syntax=docker/dockerfile:1
# FactCheck: the web app and the `factcheck` command (migrations, worker) in one image.
#   docker build -t factcheck .
#   web:     docker run -p 5080:5080 -e ConnectionStrings__FactCheck=... factcheck
#   worker:  docker run ... factcheck factcheck worker
#   migrate: docker run ... factcheck factcheck db migrate

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files alone, so source edits keep the package layer cached.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/FactCheck.Core/FactCheck.Core.csproj src/FactCheck.Core/
COPY src/FactCheck.Web/FactCheck.Web.csproj src/FactCheck.Web/
COPY src/FactCheck.Cli/FactCheck.Cli.csproj src/FactCheck.Cli/
RUN dotnet restore src/FactCheck.Cli/FactCheck.Cli.csproj

COPY src/ src/
# Trained models are embedded into FactCheck.Core at build time (models/MODELS.md).
COPY models/ models/
RUN dotnet publish src/FactCheck.Web/FactCheck.Web.csproj -c Release --no-restore -o /out/web \
 && dotnet publish src/FactCheck.Cli/FactCheck.Cli.csproj -c Release --no-restore -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

COPY --from=build /out/web /app/web
COPY --from=build /out/cli /app/cli
COPY docker/healthz /usr/local/bin/healthz

# The image's non-root `app` user ($APP_UID) owns the data volume (Lucene index, stored pages).
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data

ENV PATH="/app/cli:${PATH}" \
    FactCheck__DataDir=/data \
    ASPNETCORE_URLS=http://+:5080 \
    ASPNETCORE_HTTP_PORTS= \
    DOTNET_NOLOGO=1
EXPOSE 5080
USER $APP_UID

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["/usr/local/bin/healthz"]

WORKDIR /app/web
CMD ["dotnet", "/app/web/FactCheck.Web.dll"]
