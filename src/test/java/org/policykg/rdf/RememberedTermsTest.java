package org.policykg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.policykg.extract.DocumentExtractor;
import org.policykg.extract.Extraction;
import org.policykg.extract.department.Assignment;
import org.policykg.extract.department.Body;
import org.policykg.extract.department.BodyNames;
import org.policykg.extract.department.DepartmentAliases;
import org.policykg.extract.department.DepartmentTyper;
import org.policykg.extract.department.Role;
import org.policykg.extract.citation.relation.CitationRelation;
import org.policykg.rdf.vocab.EnumConcepts;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.structure.PolicyDocument;
import org.policykg.structure.number.DocumentNumber;

/**
 * The terms the builder remembers across documents (bodies, governments, indicator concepts, small
 * integers) give the graphs that working each out anew gives: a document's graph does not depend on the
 * documents built before it by the same builder.
 */
class RememberedTermsTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private record Input(PolicyDocument doc, Extraction extraction) {
    }

    private static List<Input> documents() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(IRIS);
        DocumentExtractor extractor = new DocumentExtractor();
        List<Input> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("data/documents"), Path.of("src/test/resources/heldout/documents"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    PolicyDocument doc = pipeline.structure(f);
                    out.add(new Input(doc, extractor.extract(doc)));
                }
            }
        }
        return out;
    }

    @Test
    void aGraphIsTheSameWhateverTheBuilderBuiltBefore() throws Exception {
        List<Input> docs = documents();
        // every document first, so that the second pass of each finds the others' terms remembered; a
        // builder made afterwards shares them (the JVM's terms of its base)
        docs.forEach(d -> new DocumentGraphBuilder(IRIS).build(d.doc(), d.extraction()));
        DocumentGraphBuilder shared = new DocumentGraphBuilder(IRIS);
        for (Input d : docs) {
            DocumentGraph fresh = DocumentGraphBuilder.withOwnTerms(IRIS).build(d.doc(), d.extraction());
            DocumentGraph after = shared.build(d.doc(), d.extraction());
            assertThat(after.model().size()).as(d.doc().fileName()).isEqualTo(fresh.model().size()).isPositive();
            assertThat(after.model().isIsomorphicWith(fresh.model())).as(d.doc().fileName()).isTrue();
        }
    }

    @Test
    void aRememberedBodyIsTheBodyNamesAndTypesWorkedOutAnew() throws Exception {
        DepartmentAliases aliases = new DepartmentAliases();
        DepartmentTyper typer = new DepartmentTyper();
        BodyTerms terms = new BodyTerms(IRIS, typer, aliases);
        int checked = 0;
        for (Input d : documents()) {
            String place = Places.scope(d.doc().metadata().place());
            for (Assignment a : d.extraction().assignments()) {
                for (int twice = 0; twice < 2; twice++) {
                    Body body = new BodyNames(aliases).resolve(a.name(), place);
                    BodyTerms.Named named = terms.named(a.name(), place);
                    assertThat(named.iri()).isEqualTo(IRIS.body(body.place(), body.prefLabel()));
                    assertThat(named.prefLabel()).isEqualTo(Texts.simplified(body.prefLabel()));
                    assertThat(named.altLabel()).isEqualTo(a.name().equals(body.prefLabel()) ? null : Texts.simplified(a.name()));
                    assertThat(named.departmentType().getURI()).isEqualTo(typer.type(a.name()).iri());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aGovernmentIsNamedForItsKindOfPlace() {
        BodyTerms terms = new BodyTerms(IRIS, new DepartmentTyper(), new DepartmentAliases());
        assertThat(terms.government("嘉兴港区").prefLabel()).isEqualTo(Texts.simplified("嘉兴港区管理委员会"));
        assertThat(terms.government("南通市").iri()).isEqualTo(IRIS.body("南通市", "南通市人民政府"));
        assertThat(terms.government("南通市")).isSameAs(terms.government("南通市"));
    }

    @Test
    void aSharedIntegerIsTheSameTermAsANewOne() {
        for (long n : new long[] {0, 1, 9, 10, 999, 32_766, 32_767, 32_768, 100_000, -1, Long.MAX_VALUE}) {
            Literal fresh = ResourceFactory.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
            Literal shared = Texts.integer(n);
            assertThat(shared.asNode()).isEqualTo(fresh.asNode());
            assertThat(shared.getLexicalForm()).isEqualTo(fresh.getLexicalForm());
            assertThat(shared.getDatatypeURI()).isEqualTo(XSDDatatype.XSDinteger.getURI());
            assertThat(Texts.integer(n).asNode()).isEqualTo(shared.asNode());
        }
        assertThat(Texts.integer(42)).isSameAs(Texts.integer(42));
    }

    @Test
    void aRecurringTextIsTheLiteralMadeAnew() throws Exception {
        // the texts that go through the memos: names as written, headers, markers, paths, indicators, units
        List<String> texts = new ArrayList<>(List.of("", " ", "万元", "%", "一、", "1.2.3", "(一)", "發改委"));
        for (Input d : documents()) {
            d.extraction().assignments().forEach(a -> texts.add(d.doc().text().text(a.span())));
            d.doc().outline().tables().forEach(t -> texts.addAll(t.header()));
            d.extraction().targets().forEach(t -> texts.add(t.indicator()));
        }
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.rdf.model.Resource subject = model.createResource("urn:x:s");
        org.apache.jena.rdf.model.Property property = model.createProperty("urn:x:p");
        for (String text : texts) {
            for (int twice = 0; twice < 2; twice++) {
                assertThat(Texts.recurring(text).asNode()).as(text).isEqualTo(Texts.simplified(text).asNode());
                // the plain literal is the one Resource.addProperty(p, String) writes
                model.removeAll();
                subject.addProperty(property, text);
                assertThat(Texts.recurringPlain(text).asNode()).as(text)
                        .isEqualTo(model.listStatements().next().getObject().asNode());
            }
        }
        assertThat(texts.size()).isGreaterThan(200);
        assertThat(Texts.recurring("万元")).isSameAs(Texts.recurring("万元"));
    }

    @Test
    void aRememberedNumberIsTheNumberWorkedOutAnew() throws Exception {
        List<String> numbers = new ArrayList<>(List.of("苏政办发〔2021〕12号", "苏政辦發[2021]12號", "GB13223-2011",
                "GB 13223-2011", "国发〔2016〕", "不是文号", " 苏政办发〔2021〕12号 "));
        for (Input d : documents()) {
            d.extraction().citations().forEach(c -> {
                if (c.number() != null) {
                    numbers.add(c.number());
                }
            });
        }
        Memo<String, CitationWriter.Numbered> numbered = CitationWriter.numbered(IRIS);
        for (String number : numbers) {
            for (int twice = 0; twice < 2; twice++) {
                CitationWriter.Numbered n = numbered.get(number);
                assertThat(n.iri()).as(number).isEqualTo(IRIS.regulationByNumber(number));
                assertThat(n.parsed()).as(number).isEqualTo(DocumentNumber.parse(number));
            }
        }
        assertThat(numbers.size()).isGreaterThan(20);
        assertThat(numbered.get("苏政办发〔2021〕12号").parsed()).isPresent();
        assertThat(numbered.get("不是文号").parsed()).isEmpty();
    }

    @Test
    void aConceptOfAnEnumIsTheOneMadeAnew() {
        EnumConcepts<Role> roles = new EnumConcepts<>("role", Role.class, Role::label);
        for (Role role : Role.values()) {
            assertThat(roles.of(role)).isEqualTo(PolicyOntology.vocab("role", role.label()));
        }
        EnumConcepts<CitationRelation> relations =
                new EnumConcepts<>("citation-relation", CitationRelation.class, CitationRelation::label);
        for (CitationRelation relation : CitationRelation.values()) {
            assertThat(relations.of(relation).getURI())
                    .isEqualTo(PolicyOntology.VOCAB + "citation-relation/" + relation.label());
        }
        // a null constant fails as asking it for its key did
        assertThatThrownBy(() -> roles.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aTaskNodeIsTheNodeMadeAnew() {
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        String document = IRIS.document("苏政办发〔2021〕1号", null, null, null);
        TaskNodes tasks = new TaskNodes(model, IRIS, document, 3);
        for (int position : new int[] {1, 2, 3, 4, 0, -1, 1000}) {
            assertThat(tasks.node(position)).isEqualTo(model.createResource(IRIS.task(document, position)));
            assertThat(tasks.node(position).getModel()).isSameAs(model);
        }
        assertThat(tasks.node(2)).isSameAs(tasks.node(2));
    }

    @Test
    void aMemoKeepsNoMoreThanItsLimitAndAnswersAllTheSame() {
        int[] calls = {0};
        Memo<Integer, String> memo = new Memo<>(k -> {
            calls[0]++;
            return "v" + k;
        }, 2);
        assertThat(List.of(memo.get(1), memo.get(2), memo.get(3), memo.get(1), memo.get(3))).containsExactly("v1", "v2", "v3", "v1", "v3");
        // 1 and 2 were kept; 3 came past the limit, so it was worked out both times
        assertThat(calls[0]).isEqualTo(4);
    }
}
