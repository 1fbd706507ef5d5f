/**
 * Distributed extraction on Apache Spark: the pipeline of {@code ingest} (read → … → SHACL) run in
 * {@code mapPartitions} over a folder or object-store prefix, written as N-Quads parts that hold exactly
 * the quads {@code ingest} stores for the same files (docs/scaling.md). Spark is a provided dependency:
 * nothing else in PolicyKG may use this package, so the server never needs Spark on its classpath.
 */
package org.policykg.spark;
