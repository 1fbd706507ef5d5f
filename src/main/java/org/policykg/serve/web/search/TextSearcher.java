package org.policykg.serve.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;

/**
 * Searches one built index with a reader opened once. jena-text opens a new reader for every query and
 * parses every query under one lock; under load that was a tenth of the server's time. The hits are
 * read as jena-text reads them: the same query string on the field, the same analyzer, scores and
 * literals (TextSearcherTest compares the two).
 */
final class TextSearcher {
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final String entityField;
    private final String langField;

    /** Over the committed index in {@code directory}, whose documents name their entity and language in the given fields. */
    TextSearcher(Directory directory, Analyzer analyzer, String entityField, String langField) {
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.analyzer = analyzer;
        this.entityField = entityField;
        this.langField = langField;
    }

    /** The best {@code limit} hits of a Lucene query on one field, each with its entity, score and the literal that matched. */
    List<TextHit> query(String field, Node property, String lucene, int limit) {
        try {
            QueryParser parser = new QueryParser(field, analyzer);
            parser.setAllowLeadingWildcard(true);
            ScoreDoc[] docs = searcher.search(parser.parse(field + ": (" + lucene + ") "), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<TextHit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc d : docs) {
                Document doc = stored.document(d.doc);
                hits.add(new TextHit(NodeFactory.createURI(doc.get(entityField)), d.score, literal(doc, field), null, property));
            }
            return hits;
        } catch (ParseException e) {
            throw new TextIndexParseException(lucene, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Node literal(Document doc, String field) {
        String lexical = doc.get(field);
        if (lexical == null) {
            return null;
        }
        String lang = doc.get(langField);
        return lang == null ? NodeFactory.createLiteralString(lexical) : NodeFactory.createLiteralLang(lexical, lang);
    }
}
