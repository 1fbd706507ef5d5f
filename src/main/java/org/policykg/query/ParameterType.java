package org.policykg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/** How a parameter's text becomes an RDF term; a value that does not fit its type is refused. */
public enum ParameterType {
    IRI, STRING, TEXT, INTEGER, DECIMAL, YEAR, DATE;

    public static ParameterType parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown parameter type '" + s + "' (iri, string, text, integer, decimal, year, date)");
        }
    }

    /** The value as an RDF term; TEXT is a Simplified-Chinese language-tagged literal. */
    public Node toNode(String value) {
        return switch (this) {
            case IRI -> iri(value);
            case STRING -> NodeFactory.createLiteralString(value);
            case TEXT -> NodeFactory.createLiteralLang(value, "zh-Hans");
            case INTEGER -> typed(value, "-?\\d+", XSDDatatype.XSDinteger);
            case DECIMAL -> typed(value, "-?\\d+(\\.\\d+)?", XSDDatatype.XSDdecimal);
            case YEAR -> typed(value, "\\d{4}", XSDDatatype.XSDgYear);
            case DATE -> date(value);
        };
    }

    private static Node iri(String value) {
        if (!IRIs.check(value) || !value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+")) {
            throw new IllegalArgumentException("not an absolute IRI: " + value);
        }
        return NodeFactory.createURI(value);
    }

    private Node typed(String value, String pattern, XSDDatatype type) {
        if (!value.matches(pattern)) {
            throw new IllegalArgumentException("'" + value + "' is not a " + name().toLowerCase(Locale.ROOT));
        }
        return NodeFactory.createLiteralDT(value, type);
    }

    private static Node date(String value) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
        return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
    }
}
