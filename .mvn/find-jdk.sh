# Sourced (POSIX sh) by ./mvnw and ./pactum: makes JAVA_HOME point at a JDK 21 or newer.
# Looks at JAVA_HOME, then `java` on the PATH, then the usual install folders, and picks the newest
# JDK >= 21 found. Stops with a message saying what to install when there is none.

pactum_required_java=21

# Prints the major version of the JDK in folder $1, or nothing when it is not a JDK.
pactum_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  pactum_v=""
  if [ -f "$1/release" ]; then
    pactum_v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  fi
  if [ -z "$pactum_v" ]; then
    pactum_v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  pactum_v=${pactum_v#1.}
  echo "${pactum_v%%[.+-]*}"
}

# Prints candidate JDK folders, one a line.
pactum_jdk_candidates() {
  if command -v java >/dev/null 2>&1; then
    pactum_java=$(readlink -f "$(command -v java)" 2>/dev/null || true)
    [ -n "$pactum_java" ] && echo "${pactum_java%/bin/java}"
  fi
  # the caller may run with globbing off (set -f); these folders need it
  case $- in *f*) set +f; pactum_glob_was_off=1 ;; *) pactum_glob_was_off=0 ;; esac
  for pactum_d in /usr/lib/jvm/* /usr/local/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
                  "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* \
                  /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$pactum_d" ] && echo "$pactum_d"
  done
  [ "$pactum_glob_was_off" = 1 ] && set -f
  return 0
}

pactum_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ]; then
    pactum_major=$(pactum_jdk_major "$JAVA_HOME")
    if [ -n "$pactum_major" ] && [ "$pactum_major" -ge "$pactum_required_java" ]; then return 0; fi
  fi
  pactum_best=""
  pactum_best_major=0
  pactum_list=$(pactum_jdk_candidates)
  pactum_old_ifs=$IFS
  IFS='
'
  for pactum_d in $pactum_list; do
    pactum_major=$(pactum_jdk_major "$pactum_d")
    if [ -n "$pactum_major" ] && [ "$pactum_major" -ge "$pactum_required_java" ] \
        && [ "$pactum_major" -gt "$pactum_best_major" ]; then
      pactum_best=$pactum_d
      pactum_best_major=$pactum_major
    fi
  done
  IFS=$pactum_old_ifs
  if [ -z "$pactum_best" ]; then
    {
      echo "Pactum needs a Java Development Kit, version $pactum_required_java or newer, and found none."
      echo "Looked at JAVA_HOME, the java on the PATH and the usual folders (/usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks)."
      echo "Install one, for example:  sudo apt-get install openjdk-21-jdk   (Debian/Ubuntu)"
      echo "                      or:  sdk install java 21-tem              (SDKMAN!)"
      echo "then run the command again, or point JAVA_HOME at a JDK you already have."
    } >&2
    return 1
  fi
  JAVA_HOME=$pactum_best
  export JAVA_HOME
}

# Maven's own libraries use sun.misc.Unsafe, which JDK 24 and later warn about on every run.
pactum_quiet_maven() {
  pactum_major=$(pactum_jdk_major "$JAVA_HOME")
  if [ -n "$pactum_major" ] && [ "$pactum_major" -ge 24 ]; then
    case "${MAVEN_OPTS:-}" in
      *sun-misc-unsafe-memory-access*) ;;
      *) MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
    esac
  fi
}

pactum_find_jdk && pactum_quiet_maven
