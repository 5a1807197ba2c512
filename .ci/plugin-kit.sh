#!/usr/bin/env bash
# The out-of-tree plugin path, end to end, as a researcher with their own repository meets it (docs/plugins.md):
# packs the packages and the template pack into artifacts/packages, installs the template from there, instantiates
# it outside the repository for each kind, builds it against the packed packages, runs its conformance tests, loads
# the plugin through Plugins:Directories (listed, probed) and runs a one-epoch search on tiny data with it.
#   .ci/plugin-kit.sh [kind ...]     kinds: kernel mask resampler dataset budget (default: kernel mask)
# Needs the .NET SDK and NuGet (nuget.org); packages already in the machine's NuGet cache are reused, the packed
# DNArch ones are restored fresh into a packages folder of the run's own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
kinds=("$@")
[[ ${#kinds[@]} -gt 0 ]] || kinds=(kernel mask)
build=(-c Release -p:UseSharedCompilation=false -nodeReuse:false)

work=$(mktemp -d "${TMPDIR:-/tmp}/dnarch-plugin-kit.XXXXXX")
trap 'rm -rf "$work"' EXIT
step() { echo "plugin-kit: $*"; }
fail() { echo "plugin-kit: FAILED: $*" >&2; exit 1; }

step "packing into artifacts/packages"
rm -rf artifacts/packages
dotnet pack DNArch.Framework.sln "${build[@]}" -v:q -nologo >/dev/null
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
for id in DNArch.Abstractions DNArch.Plugins.Sdk DNArch.Plugins.Testing DNArch.Templates; do
    package=artifacts/packages/$id.$version.nupkg
    [[ -f $package ]] || fail "$package was not packed"
    nuspec=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' "$package" "$id.nuspec")
    for field in "<id>$id</id>" "<description>" "<authors>" '<license type="expression">' "<readme>README.md</readme>" "<repository "; do
        grep -qF "$field" <<<"$nuspec" || fail "$package: its nuspec has no $field"
    done
done

step "building dnarch"
dotnet build src/Host "${build[@]}" -v:q -nologo >/dev/null
dnarch=(dotnet "$repo/src/Host/bin/Release/net10.0/dnarch.dll")

step "installing the template from artifacts/packages (private template hive)"
hive=(--debug:custom-hive "$work/hive")
dotnet new install "artifacts/packages/DNArch.Templates.$version.nupkg" "${hive[@]}" >/dev/null

# The packed packages from the local folder, the rest from nuget.org; the machine's cache is read, not written.
cache=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="dnarch" value="$repo/artifacts/packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="machine" value="$cache" />
  </fallbackPackageFolders>
</configuration>
XML
export NUGET_PACKAGES=$work/packages

declare -A name=([kernel]=tanh [mask]=ramp [resampler]=pool [dataset]=chirps [budget]=dense-macs)
declare -A select=([kernel]=--Search:Kernel:Type=tanh [mask]=--Search:Masks:KernelSize:Type=ramp
    [resampler]=--Search:Resampling:Type=pool [dataset]=--Search:Dataset:Type=chirps [budget]=--Search:Budget:Metric=dense-macs)
for kind in "${kinds[@]}"; do
    [[ -n ${name[$kind]:-} ]] || fail "unknown kind '$kind'; kinds: ${!name[*]}"
    project=$work/$kind/MyLab.Plugins
    step "$kind: dotnet new dnarch-plugin --kind $kind in $project"
    dotnet new dnarch-plugin --kind "$kind" -n MyLab.Plugins -o "$project" "${hive[@]}" >/dev/null
    cp "$work/nuget.config" "$project/"

    step "$kind: running the template's conformance tests"
    (cd "$project" && dotnet test MyLab.Plugins.slnx "${build[@]}" -nologo) | tail -n 3
    (cd "$project" && dotnet build MyLab.Plugins/MyLab.Plugins.csproj "${build[@]}" -v:q -nologo >/dev/null)
    output=$project/MyLab.Plugins/bin/Release/net10.0
    [[ -f $output/MyLab.Plugins.dll ]] || fail "$output/MyLab.Plugins.dll was not built"
    if ls "$output"/DNArch.*.dll "$output"/TorchSharp.dll >/dev/null 2>&1; then
        fail "$output holds assemblies the host brings: $(ls "$output"/*.dll | xargs -n1 basename | tr '\n' ' ')"
    fi

    plugins=(--Plugins:Directories:0=plugins "--Plugins:Directories:1=$output")
    step "$kind: dnarch lists and probes '${name[$kind]}'"
    "${dnarch[@]}" plugins --json "${plugins[@]}" 2>/dev/null | tr -d ' \n' |
        grep -qF "\"kind\":\"$kind\",\"name\":\"${name[$kind]}\",\"assembly\":\"MyLab.Plugins.dll\"" ||
        fail "dnarch plugins does not list the $kind plugin '${name[$kind]}' from MyLab.Plugins.dll"
    "${dnarch[@]}" plugins --probe "$kind" "${name[$kind]}" "${plugins[@]}" 2>/dev/null | tail -n 1

    step "$kind: a one-epoch search with '${name[$kind]}'"
    runs=$work/runs
    "${dnarch[@]}" search "${plugins[@]}" "${select[$kind]}" --Search:Output="$runs" --Search:Name="$kind" \
        --Search:Training:Epochs=1 --Search:Training:BatchSize=32 --Search:Network:Blocks=2 --Search:Network:Width=8 \
        --Search:Dataset:TrainCount=128 --Search:Dataset:ValidationCount=32 --Search:Dataset:TestCount=32 \
        </dev/null >"$work/$kind.search.log" 2>&1 || { tail -n 20 "$work/$kind.search.log" >&2; fail "the $kind search failed"; }
    [[ -f $runs/$kind/architecture.json ]] || fail "the $kind search wrote no architecture.json"
    tr -d ' \n' <"$runs/$kind/config.json" | grep -qF "\"${name[$kind]}\"" ||
        fail "$runs/$kind/config.json does not select '${name[$kind]}'"
    step "$kind: passed (run directory with architecture.json, config.json selecting '${name[$kind]}')"
done
step "all passed: ${kinds[*]}"
