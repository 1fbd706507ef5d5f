package org.policykg.rdf;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.normalize.Span;
import org.policykg.structure.PolicyDocument;
import org.policykg.structure.Section;
import org.policykg.structure.Table;
import org.policykg.structure.TableRow;
import org.policykg.structure.Task;

/** The outline: sections (eli:has_part / eli:is_part_of), tasks with full text, tables as rows of cells. */
final class StructureWriter {
    private final Iris iris;
    private final PolicyDocument doc;
    private final Provenance provenance;
    private final TaskNodes tasks;
    private final Texts texts;
    private final Map<Section, Resource> sections = new HashMap<>();
    private final Map<TableRow, Resource> rows = new HashMap<>();
    private Model model;
    private Resource document;

    StructureWriter(Iris iris, PolicyDocument doc, Provenance provenance, TaskNodes tasks) {
        this.iris = iris;
        this.doc = doc;
        this.provenance = provenance;
        this.tasks = tasks;
        this.texts = new Texts(doc.text());
    }

    void write(Resource document) {
        this.document = document;
        this.model = document.getModel();
        doc.outline().sections().forEach(s -> section(s, document));
        doc.outline().tables().forEach(this::table);
        doc.outline().tasks().forEach(this::task);
    }

    private void section(Section section, Resource parent) {
        Resource r = model.createResource(iris.section(document.getURI(), section.path()));
        r.addProperty(RDF.type, PolicyOntology.Section);
        r.addProperty(Eli.is_part_of, parent);
        parent.addProperty(Eli.has_part, r);
        r.addProperty(PolicyOntology.inDocument, document);
        r.addProperty(PolicyOntology.marker, Texts.recurringPlain(section.marker()));
        r.addProperty(PolicyOntology.path, Texts.recurringPlain(section.path()));
        r.addProperty(PolicyOntology.level, Texts.integer(section.level()));
        r.addProperty(PolicyOntology.position, Texts.integer(position(section)));
        texts.add(r, PolicyOntology.heading, section.heading(), texts.keepsOriginal() ? original(section) : null);
        provenance.offsets(r, section.span());
        sections.put(section, r);
        section.children().forEach(child -> section(child, r));
    }

    private void task(Task task) {
        Resource r = tasks.node(task.position());
        r.addProperty(RDF.type, PolicyOntology.Task);
        r.addProperty(PolicyOntology.inDocument, document);
        r.addProperty(PolicyOntology.position, Texts.integer(task.position()));
        Resource parent = task.section() == null ? document : sections.get(task.section());
        r.addProperty(Eli.is_part_of, parent);
        parent.addProperty(Eli.has_part, r);
        if (task.section() != null) {
            r.addProperty(PolicyOntology.section, parent);
        }
        if (task.fromTable()) {
            r.addProperty(PolicyOntology.fromRow, rows.get(task.row()));
            texts.add(r, PolicyOntology.text, task.text(), texts.keepsOriginal() ? originalRow(task.row()) : null);
        } else {
            texts.add(r, PolicyOntology.text, task.span());
        }
        provenance.offsets(r, task.span());
    }

    private void table(Table table) {
        Resource r = model.createResource(iris.table(document.getURI(), table.position()));
        r.addProperty(RDF.type, PolicyOntology.Table);
        r.addProperty(PolicyOntology.inDocument, document);
        r.addProperty(PolicyOntology.position, Texts.integer(table.position()));
        if (table.section() != null) {
            r.addProperty(PolicyOntology.section, sections.get(table.section()));
        }
        table.header().forEach(h -> r.addProperty(PolicyOntology.header, Texts.recurring(h)));
        for (TableRow row : table.rows()) {
            Resource rowNode = model.createResource(iris.row(r.getURI(), row.index()));
            rowNode.addProperty(RDF.type, PolicyOntology.TableRow);
            rowNode.addProperty(PolicyOntology.position, Texts.integer(row.index() + 1));
            r.addProperty(PolicyOntology.row, rowNode);
            cells(table, row, rowNode);
            provenance.offsets(rowNode, row.span());
            rows.put(row, rowNode);
        }
    }

    private void cells(Table table, TableRow row, Resource rowNode) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i).isBlank()) {
                continue;
            }
            Resource cell = model.createResource(iris.cell(rowNode.getURI(), i));
            cell.addProperty(RDF.type, PolicyOntology.Cell);
            cell.addProperty(PolicyOntology.column, Texts.integer(i + 1));
            if (i < table.header().size()) {
                cell.addProperty(PolicyOntology.header, Texts.recurring(table.header().get(i)));
            }
            Span span = row.cellSpans().get(i);
            // the original wording cut out only where it is written (cutting it was a share of building)
            String original = texts.keepsOriginal() ? doc.text().original(span) : null;
            texts.add(cell, PolicyOntology.text, row.cells().get(i), original);
            rowNode.addProperty(PolicyOntology.cell, cell);
        }
    }

    private String original(Section section) {
        String line = doc.text().original(section.span());
        String normalized = doc.text().text(section.span());
        int at = normalized.indexOf(section.heading());
        return at < 0 ? null : line.substring(at, at + section.heading().length());
    }

    private String originalRow(TableRow row) {
        return String.join(" ", row.cellSpans().stream().filter(s -> s.length() > 0)
                .map(doc.text()::original).toList());
    }

    private static int position(Section section) {
        String path = section.path();
        return Integer.parseInt(path.substring(path.lastIndexOf('.') + 1));
    }
}
