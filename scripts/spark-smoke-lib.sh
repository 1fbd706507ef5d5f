# Sourced by the Spark smoke tests (spark-cluster-smoke.sh, spark-yarn-smoke.sh): what both set up the same way.

# smoke_work NAME: a temporary folder in WORK, and PIDS, every process started there, stopped on exit
# (KEEP_WORK=1 keeps the folder).
smoke_work() {
  SMOKE_NAME=$1
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/policykg-$SMOKE_NAME.XXXXXX")
  PIDS=()
  trap smoke_cleanup EXIT
}
smoke_cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "${KEEP_WORK:-}" ] && echo "$SMOKE_NAME: kept $WORK" >&2 || rm -rf "$WORK"
}

# install_classpath [MAVEN_ARGS…]: the "Spark installation" of a cluster, the build's libraries without the
# pipeline's own (HanLP and its dictionaries, Jena, Tika, the document parsers), which reach the cluster
# only inside the job's jars.
install_classpath() {
  mvn -B -q ${MVN_FLAGS:-} "$@" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/all.classpath" >/dev/null || return 1
  tr ':' '\n' < "$WORK/all.classpath" | grep -v -E '/(hanlp|jena-|tika-|picocli|pdfbox|fontbox|poi|progressbar)[^/]*\.jar$' | paste -sd: -
}

# write_logback FILE: warnings and errors only, on stderr.
write_logback() {
  cat > "$1" <<'XML'
<configuration>
  <appender name="E" class="ch.qos.logback.core.ConsoleAppender"><target>System.err</target>
    <encoder><pattern>%d{HH:mm:ss} %-5level %logger{20}: %msg%n</pattern></encoder></appender>
  <logger name="org.apache.jena.util.JenaXMLInput" level="OFF"/>
  <root level="WARN"><appender-ref ref="E"/></root>
</configuration>
XML
}
