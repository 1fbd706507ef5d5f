package org.policykg.validate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * The common case of Jena's {@code sh:datatype xsd:integer} and {@code sh:minInclusive} tests, without
 * Jena parsing the literal twice (Xerces for the datatype, {@code NodeValue} for the range): an
 * {@code xsd:integer} literal written as 1 to 18 ASCII digits after an optional sign. Such a form is in
 * the lexical space of xsd:integer ({@code [+-]?[0-9]+}) by definition, so Jena finds it valid, and its
 * value fits a {@code long}, so comparing it with an integer bound is the comparison Jena's
 * {@code NodeValue} makes. Any other literal is left to Jena ({@code ConformanceCheckTest} holds the two
 * to the same verdicts, edge cases included).
 */
final class PlainIntegers {
    /** No plain value: 18 digits cannot reach it. */
    static final long NONE = Long.MIN_VALUE;
    private static final String INTEGER = XSDDatatype.XSDinteger.getURI();
    private static final int MAX_DIGITS = 18;

    private PlainIntegers() {
    }

    /** The value of a plain xsd:integer literal, or {@link #NONE}. */
    static long value(Node n) {
        // the datatype object Jena made for xsd:integer has its URI: identity answers without comparing strings
        if (!n.isLiteral() || n.getLiteralDatatype() != XSDDatatype.XSDinteger && !INTEGER.equals(n.getLiteralDatatypeURI())) {
            return NONE;
        }
        String lex = n.getLiteralLexicalForm();
        int start = !lex.isEmpty() && (lex.charAt(0) == '-' || lex.charAt(0) == '+') ? 1 : 0;
        int digits = lex.length() - start;
        if (digits < 1 || digits > MAX_DIGITS) {
            return NONE;
        }
        long value = 0;
        for (int i = start; i < lex.length(); i++) {
            char c = lex.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            value = value * 10 + (c - '0');
        }
        return lex.charAt(0) == '-' ? -value : value;
    }
}
