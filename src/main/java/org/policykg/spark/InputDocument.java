package org.policykg.spark;

import java.io.Serializable;

/** One input file and its place in the order ingest would read it (the order the merges follow). */
record InputDocument(int index, String uri) implements Serializable {
}
