// The Java tools the tests run (Gephi's importer, neo4j-admin, cypher-shell) live for seconds: the
// quick compiler only and the simplest collector spend less CPU in such a run than the defaults,
// and change nothing about what the program does.
export const SHORT_JVM = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];
