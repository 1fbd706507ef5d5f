package org.policykg.rdf;

import java.util.Objects;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.extract.department.Body;
import org.policykg.extract.department.BodyNames;
import org.policykg.extract.department.DepartmentAliases;
import org.policykg.extract.department.DepartmentTyper;
import org.policykg.rdf.vocab.PolicyOntology;

/**
 * The terms of a body as a place's documents name it (its IRI, labels and department type) and of a
 * place's government, worked out once (for every builder of the JVM with the same IRI base, see
 * {@link DocumentGraphBuilder}) instead of once per document: resolving a name, typing
 * it and encoding its IRI were a fifth of building a graph, and the same few hundred names come back in
 * every document of a city. Each is a function of the name and the place alone (the aliases and types are
 * read once and never changed; a {@link BodyNames} of its own for each name, so no other name's labels
 * enter), so a remembered answer is the answer. Terms are immutable and shared by every graph.
 * At most {@value #LIMIT} of each are kept (see {@link Memo}).
 */
final class BodyTerms {
    private static final int LIMIT = 20_000;

    /** A body named {@code written} in a place's documents; {@code altLabel} is null when the name is its canonical name. */
    record Named(String iri, String place, Literal prefLabel, Literal altLabel, Resource departmentType) {
    }

    /** A place's government: its IRI, name and place. */
    record Government(String iri, Literal prefLabel, Resource place) {
    }

    private final Iris iris;
    private final DepartmentTyper typer;
    private final DepartmentAliases aliases;
    /**
     * A name as a place's documents write it: the key of {@link #named}. The record's equality and hash,
     * written out: the generated ones go through method handles, a share of building at one lookup per body
     * of every document. Equal exactly when both components are equal, as the generated equals; the hash is
     * any function of the two (the name first: most keys of a builder share their place).
     */
    private record Written(String place, String name) {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Written other && Objects.equals(name, other.name)
                    && Objects.equals(place, other.place);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(name) + Objects.hashCode(place);
        }
    }

    private final Memo<Written, Named> named = new Memo<>(this::name, LIMIT);
    private final Memo<String, Government> governments = new Memo<>(this::governmentOf, LIMIT);

    BodyTerms(Iris iris, DepartmentTyper typer, DepartmentAliases aliases) {
        this.iris = iris;
        this.typer = typer;
        this.aliases = aliases;
    }

    Named named(String written, String place) {
        // the pair itself, not the two joined: no new string to hash for every name of every document
        return named.get(new Written(place, written));
    }

    Government government(String place) {
        return governments.get(place);
    }

    private Named name(Written key) {
        String place = key.place();
        String written = key.name();
        Body body = new BodyNames(aliases).resolve(written, place);
        Literal altLabel = written.equals(body.prefLabel()) ? null : Texts.simplified(written);
        return new Named(iris.body(body.place(), body.prefLabel()), body.place(), Texts.simplified(body.prefLabel()),
                altLabel, ResourceFactory.createResource(typer.type(written).iri()));
    }

    private Government governmentOf(String place) {
        String name = Places.governmentName(place);
        return new Government(iris.body(place, name), Texts.simplified(name), PolicyOntology.vocab("place", place));
    }
}
