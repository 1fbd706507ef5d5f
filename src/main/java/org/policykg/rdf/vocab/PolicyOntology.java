package org.policykg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.rdf.Iris;

/**
 * PolicyKG's own terms. Each is declared in {@code ontology/policy.ttl}; a test checks that no term
 * is used here that the ontology does not declare.
 */
public final class PolicyOntology {
    public static final String NS = "https://w3id.org/policykg/ontology#";
    public static final String VOCAB = "https://w3id.org/policykg/vocab/";

    public static final Resource PolicyDocument = resource("PolicyDocument");
    public static final Resource Regulation = resource("Regulation");
    public static final Resource TechnicalStandard = resource("TechnicalStandard");
    public static final Resource Citation = resource("Citation");
    public static final Resource PlannedDocument = resource("PlannedDocument");
    public static final Resource Section = resource("Section");
    public static final Resource Task = resource("Task");
    public static final Resource Table = resource("Table");
    public static final Resource TableRow = resource("TableRow");
    public static final Resource Cell = resource("Cell");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Assignment = resource("Assignment");
    public static final Resource Target = resource("Target");
    public static final Resource Project = resource("Project");

    public static final Property documentType = property("documentType");
    public static final Property planPeriodStart = property("planPeriodStart");
    public static final Property planPeriodEnd = property("planPeriodEnd");
    public static final Property checksum = property("checksum");
    public static final Property script = property("script");
    public static final Property province = property("province");
    public static final Property city = property("city");
    public static final Property administrativeLevel = property("administrativeLevel");
    public static final Property issuerCode = property("issuerCode");
    public static final Property issuerCodeText = property("issuerCodeText");
    public static final Property year = property("year");
    public static final Property serialNumber = property("serialNumber");
    public static final Property titleKey = property("titleKey");
    public static final Property citingDocument = property("citingDocument");
    public static final Property citedRegulation = property("citedRegulation");
    public static final Property citedNumber = property("citedNumber");
    public static final Property citedTitle = property("citedTitle");
    public static final Property citationRelation = property("citationRelation");
    public static final Property plans = property("plans");
    public static final Property plannedYear = property("plannedYear");
    public static final Property draftingBody = property("draftingBody");
    public static final Property inDocument = property("inDocument");
    public static final Property section = property("section");
    public static final Property heading = property("heading");
    public static final Property marker = property("marker");
    public static final Property path = property("path");
    public static final Property level = property("level");
    public static final Property position = property("position");
    public static final Property text = property("text");
    public static final Property row = property("row");
    public static final Property fromRow = property("fromRow");
    public static final Property cell = property("cell");
    public static final Property column = property("column");
    public static final Property header = property("header");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property leadBody = property("leadBody");
    public static final Property supportBody = property("supportBody");
    public static final Property task = property("task");
    public static final Property body = property("body");
    public static final Property role = property("role");
    public static final Property nameAsWritten = property("nameAsWritten");
    public static final Property departmentType = property("departmentType");
    public static final Property indicator = property("indicator");
    public static final Property indicatorLabel = property("indicatorLabel");
    public static final Property value = property("value");
    public static final Property valueText = property("valueText");
    public static final Property unit = property("unit");
    public static final Property unitText = property("unitText");
    public static final Property comparator = property("comparator");
    public static final Property targetYear = property("targetYear");
    public static final Property baseline = property("baseline");
    public static final Property baselineYear = property("baselineYear");
    public static final Property content = property("content");
    public static final Property investment = property("investment");
    public static final Property responsibleBody = property("responsibleBody");
    public static final Property deadline = property("deadline");
    public static final Property category = property("category");

    private PolicyOntology() {
    }

    /** A vocabulary concept, e.g. {@code vocab("level", "provincial")}. */
    public static Resource vocab(String scheme, String key) {
        return ResourceFactory.createResource(VOCAB + scheme + "/" + Iris.encodeSegment(key));
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
