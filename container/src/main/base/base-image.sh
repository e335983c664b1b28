#!/usr/bin/env bash
# The image's base layer, made from Debian bookworm's own packages (no registry has to be reachable): the C
# and C++ runtimes and zlib that the jlinked Java runtime and the native libraries inside the jars (Snappy,
# zstd) link against, nothing else (no shell, no package manager). Written as a "docker save" archive,
# which Jib takes as a base with tar://.
#   base-image.sh OUTPUT.tar    (needs root, mmdebstrap and the Debian mirror; .ci/container-tools installs it)
set -euo pipefail
out=$(realpath -m "$1")
if [[ -s $out ]]; then
  exit 0   # already made for this build folder; "mvn clean" makes it again
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The user the server runs as, with fixed ids so that volumes keep their owner across images.
uid=10001
# Fixed timestamps: the same packages give the same layer.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764028800}

mmdebstrap --quiet --variant=extract --format=directory \
  --include=libc6,libgcc-s1,libstdc++6,zlib1g \
  bookworm "$work/rootfs" \
  "deb http://deb.debian.org/debian bookworm main" \
  "deb http://deb.debian.org/debian bookworm-updates main" \
  "deb http://deb.debian.org/debian-security bookworm-security main"

root=$work/rootfs
# What only apt and a booted system use; the container runtime provides hostname and resolv.conf.
find "$root/dev" -mindepth 1 -delete   # the runtime mounts its own /dev
rm -rf "$root"/etc/apt "$root"/var/lib/apt "$root"/var/cache/apt "$root"/etc/hostname "$root"/etc/resolv.conf
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\naside:x:%d:%d:Aside server:/data:/usr/sbin/nologin\n' $uid $uid > "$root/etc/passwd"
printf 'root:x:0:\naside:x:%d:\n' $uid > "$root/etc/group"
# The server's writable folders (LOCAL_DATA_DIR and LOCAL_FUNCTION_DIR in the image) and the JVM's temp folder,
# where Snappy and zstd unpack their native libraries.
mkdir -p "$root/data/cache" "$root/data/functions" "$root/tmp"
chown $uid:$uid "$root/data/cache" "$root/data/functions"
chmod 1777 "$root/tmp"
ldconfig -r "$root"   # extract runs no maintainer scripts, so no loader cache yet
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --clamp-mtime --numeric-owner -C "$root" -cf "$work/layer.tar" .

# "docker save" layout: manifest.json names the config and the layer; the config lists the layer's digest.
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
created=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
cat > "$work/config.json" <<JSON
{"architecture": "amd64", "os": "linux", "created": "$created",
 "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]},
 "rootfs": {"type": "layers", "diff_ids": ["sha256:$diff_id"]},
 "history": [{"created": "$created", "created_by": "mmdebstrap --variant=extract bookworm: libc6 libgcc-s1 libstdc++6 zlib1g"}]}
JSON
echo '[{"Config": "config.json", "RepoTags": ["aside-base:bookworm"], "Layers": ["layer.tar"]}]' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -C "$work" -cf "$out.part" manifest.json config.json layer.tar
mv "$out.part" "$out"
