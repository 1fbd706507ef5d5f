package org.policykg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.LiteralLabelFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.impl.LiteralImpl;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Script;
import org.policykg.normalize.Span;

/**
 * Text values in both scripts: every text gets its Simplified form (@zh-Hans), and a document
 * written in Traditional script keeps its original wording too (@zh-Hant), so labels show either way.
 */
final class Texts {
    /**
     * The language tags as Jena writes them (formatted once here: Jena formats the tag again for every
     * literal otherwise, a tenth of building a graph); the literals made from them are the same terms.
     */
    private static final String SIMPLIFIED = formatted(Script.SIMPLIFIED);
    private static final String TRADITIONAL = formatted(Script.TRADITIONAL);

    private final NormalizedText text;

    Texts(NormalizedText text) {
        this.text = text;
    }

    /**
     * The original wording is cut out only for a Traditional document, the one kind that writes it: the two
     * texts have the same length, so cutting the original where the normalized text was cut cannot fail.
     */
    void add(Resource subject, Property property, Span span) {
        String simplified = text.text(span);
        add(subject, property, simplified, keepsOriginal() ? text.original(span) : null);
    }

    /**
     * Whether {@link #add(Resource, Property, String, String)} writes the original wording it is given: only
     * for a Traditional document (it is ignored otherwise), so a writer cuts the original out only then.
     */
    boolean keepsOriginal() {
        return text.script() == Script.TRADITIONAL;
    }

    void add(Resource subject, Property property, String simplified, String original) {
        add(subject, property, simplified(simplified), simplified, original);
    }

    /**
     * As {@link #add(Resource, Property, Span)} for a text that comes back document after document (a body's
     * name as written): its Simplified literal is the remembered one (see {@link #recurring(String)}).
     */
    void addRecurring(Resource subject, Property property, Span span) {
        String simplified = text.text(span);
        add(subject, property, recurring(simplified), simplified,
                keepsOriginal() ? text.original(span) : null);
    }

    private void add(Resource subject, Property property, Literal simplifiedLiteral, String simplified,
            String original) {
        subject.addProperty(property, simplifiedLiteral);
        if (keepsOriginal() && original != null && !original.equals(simplified)) {
            subject.addProperty(property, literal(original, TRADITIONAL));
        }
    }

    /**
     * The xsd:integer literals of 0 … {@value #INTEGERS}-1 (offsets, positions, levels: a tenth of building
     * a graph was parsing their lexical forms again), each made on first use by the same call as any other
     * integer and shared from then on: a literal is an immutable term, so a shared one is the same term.
     * Bounded so that a long-running process keeps at most this many (a few MB).
     *
     * <p>A plain array, read without a fence: the volatile reads of an {@code AtomicReferenceArray} (its
     * VarHandle checks included) were a fifth of building in a profile. Each literal sits behind the final
     * field of a {@link Made}, so a thread that finds one in the array sees it fully made (JLS 17.5, final
     * field semantics) without a lock; two threads racing on an empty slot each make the same term.
     */
    private static final int INTEGERS = 1 << 15;
    private static final Made[] SMALL_INTEGERS = new Made[INTEGERS];

    /** A literal published through a final field (see {@link #SMALL_INTEGERS}). */
    private record Made(Literal literal) {
    }

    /** An xsd:integer (Jena's addLiteral(long) would make xsd:long, which the shapes refuse). */
    static Literal integer(long n) {
        if (n < 0 || n >= INTEGERS) {
            return newInteger(n);
        }
        Made made = SMALL_INTEGERS[(int) n];
        if (made == null) {
            made = new Made(newInteger(n));
            SMALL_INTEGERS[(int) n] = made;
        }
        return made.literal();
    }

    private static Literal newInteger(long n) {
        return ResourceFactory.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    /**
     * The Simplified and the plain literals of short texts that recur across documents (names as written,
     * table headers, section markers and paths, indicators and units), remembered: making a literal (its tag
     * and lexical form checked, its hash worked out) was a tenth of building, and a few thousand such texts
     * come back in every document. A literal is an immutable term made from its text alone, so a remembered
     * one is the term made anew. Only for recurring texts: unique ones (sentences) would fill the memo for
     * nothing.
     */
    private static final Memo<String, Literal> RECURRING = new Memo<>(Texts::simplified, 20_000);
    private static final Memo<String, Literal> RECURRING_PLAIN = new Memo<>(ResourceFactory::createStringLiteral, 20_000);

    /** {@link #simplified(String)}, remembered (see {@link #RECURRING}). */
    static Literal recurring(String s) {
        // a null text fails as it did before (a memo cannot hold it)
        return s == null ? simplified(s) : RECURRING.get(s);
    }

    /** The plain literal of {@code s} (as {@code addProperty(p, s)} makes it), remembered (see {@link #RECURRING}). */
    static Literal recurringPlain(String s) {
        return s == null ? ResourceFactory.createStringLiteral(s) : RECURRING_PLAIN.get(s);
    }

    static Literal simplified(String s) {
        return literal(s, SIMPLIFIED);
    }

    private static Literal literal(String s, String formattedTag) {
        return new LiteralImpl(NodeFactory.createLiteral(LiteralLabelFactory.createLang(s, formattedTag)), null);
    }

    private static String formatted(Script script) {
        return NodeFactory.createLiteralLang("", script.languageTag()).getLiteralLanguage();
    }
}
