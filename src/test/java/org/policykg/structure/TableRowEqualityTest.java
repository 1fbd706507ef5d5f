package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.normalize.Span;

/** TableRow's and Span's written-out equals agree with the records' component-wise equality. */
class TableRowEqualityTest {

    @Test
    void equalsIsComponentWiseAndAgreesWithHashCode() {
        List<TableRow> rows = new ArrayList<>();
        for (int index : new int[] {0, 1}) {
            for (List<String> cells : List.of(List.of("1", "任务"), List.of("1", "任务 "), List.<String>of())) {
                for (Span span : new Span[] {new Span(0, 5), new Span(0, 6), null}) {
                    for (List<Span> spans : List.of(List.of(new Span(0, 1)), List.of(new Span(0, 2)))) {
                        rows.add(new TableRow(index, cells, spans, span));
                    }
                }
            }
        }
        for (TableRow a : rows) {
            TableRow copy = new TableRow(a.index(), new ArrayList<>(a.cells()), new ArrayList<>(a.cellSpans()),
                    a.span() == null ? null : new Span(a.span().start(), a.span().end()));
            assertThat(a).isEqualTo(copy).hasSameHashCodeAs(copy);
            assertThat(a).isNotEqualTo(null).isNotEqualTo("row");
            for (TableRow b : rows) {
                boolean componentWise = a.index() == b.index() && a.cells().equals(b.cells())
                        && a.cellSpans().equals(b.cellSpans()) && java.util.Objects.equals(a.span(), b.span());
                assertThat(a.equals(b)).as(a + " vs " + b).isEqualTo(componentWise);
            }
        }
    }

    @Test
    void spansAreEqualByBothOffsets() {
        assertThat(new Span(2, 4)).isEqualTo(new Span(2, 4)).hasSameHashCodeAs(new Span(2, 4));
        assertThat(new Span(2, 4)).isNotEqualTo(new Span(2, 5)).isNotEqualTo(new Span(1, 4)).isNotEqualTo(null);
    }
}
