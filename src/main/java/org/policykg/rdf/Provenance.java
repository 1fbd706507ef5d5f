package org.policykg.rdf;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.rdf.vocab.Prov;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;

/**
 * Links an extracted fact to the sentence it came from: a {@code pkg:Sentence} node quoting the
 * sentence in the original text with its character offsets, made once per sentence.
 */
final class Provenance {
    private final Model model;
    private final Iris iris;
    private final Resource document;
    private final NormalizedText text;
    private final Texts texts;
    private final Map<Span, Resource> sentences = new HashMap<>();

    Provenance(Model model, Iris iris, Resource document, NormalizedText text) {
        this.model = model;
        this.iris = iris;
        this.document = document;
        this.text = text;
        this.texts = new Texts(text);
    }

    /** Records that {@code fact} was read at {@code span}: its offsets and the sentence around it. */
    void derive(Resource fact, Span span) {
        offsets(fact, span);
        fact.addProperty(Prov.wasDerivedFrom, sentence(text.sentenceAt(span.start())));
    }

    void offsets(Resource node, Span span) {
        node.addProperty(PolicyOntology.startOffset, Texts.integer(span.start()));
        node.addProperty(PolicyOntology.endOffset, Texts.integer(span.end()));
    }

    /**
     * Looked up and then put rather than computed in the map: a lambda made for every fact (it holds this
     * writer) was a share of building's allocation. The same node either way (never null, made once per span).
     */
    private Resource sentence(Span span) {
        Resource r = sentences.get(span);
        if (r == null) {
            r = newSentence(span);
            sentences.put(span, r);
        }
        return r;
    }

    private Resource newSentence(Span s) {
        Resource r = model.createResource(iris.sentence(document.getURI(), s.start(), s.end()));
        r.addProperty(RDF.type, PolicyOntology.Sentence);
        r.addProperty(PolicyOntology.inDocument, document);
        texts.add(r, PolicyOntology.text, s);
        offsets(r, s);
        return r;
    }
}
