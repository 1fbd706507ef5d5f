/**
 * The bulk path into a store: a new TDB2 store built whole, by one of Jena's bulk loaders, from N-Quads
 * parts that something else extracted (the Spark job, another store's backup, {@code policykg export}).
 * It sits after {@code ingest} in the stack because it adds what an ingest leaves besides the documents'
 * graphs (the vocabularies); it writes only into a store nobody has yet, which is why it may bypass the
 * transactional writer.
 */
package org.policykg.load;
