#!/usr/bin/env bash
# Runs a build.cake target: ./build.sh --target=Test (default), Report, TestExhaustive, Bench, Build.
# Needs only the .NET 10 SDK: Cake comes from `dotnet tool restore`, native packages from the build itself.
set -euo pipefail
cd "$(dirname "$0")"
dotnet tool restore > /dev/null
exec dotnet cake build.cake "$@"
