package org.policykg.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.normalize.Span;
import org.policykg.structure.Table;
import org.policykg.structure.TableRow;
import org.policykg.structure.Task;
import org.policykg.testing.SeedDocuments;

@DisplayName("The row index names the table the plain search finds")
class RowTablesTest {

    @Test
    @DisplayName("for every task and every table row of the seed and held-out documents")
    void agreesOnShippedDocuments() {
        int rows = 0;
        for (SeedDocuments.Seed doc : SeedDocuments.seedsAndHeldOut()) {
            List<Table> tables = doc.outline().tables();
            RowTables index = new RowTables(tables);
            for (Task task : doc.outline().tasks()) {
                assertThat(index.of(task.row())).as("%s task %d", doc.fileName(), task.position())
                        .isSameAs(task.row() == null ? null : RowTables.firstHolding(tables, task.row()));
            }
            for (Table table : tables) {
                for (TableRow row : table.rows()) {
                    assertThat(index.of(row)).isSameAs(RowTables.firstHolding(tables, row));
                    rows++;
                }
            }
        }
        assertThat(rows).as("the documents hold tables to test on").isGreaterThan(50);
    }

    @Test
    @DisplayName("an equal row in two tables belongs to the first, an equal copy is found, an unknown row is not")
    void edgeCases() {
        TableRow row = row(0, "任务", "市发改委");
        Table first = table(1, row);
        Table second = table(2, row(0, "任务", "市发改委"));
        RowTables index = new RowTables(List.of(first, second));
        assertThat(index.of(row(0, "任务", "市发改委"))).isSameAs(first).isSameAs(RowTables.firstHolding(List.of(first, second), row));
        assertThat(index.of(row(1, "任务", "市发改委"))).isNull();
        assertThat(RowTables.firstHolding(List.of(first, second), row(1, "任务", "市发改委"))).isNull();
        assertThat(index.of(null)).isNull();
        assertThat(new RowTables(List.of()).of(row)).isNull();
    }

    private static TableRow row(int index, String... cells) {
        List<Span> spans = List.of(cells).stream().map(c -> new Span(0, c.length())).toList();
        return new TableRow(index, List.of(cells), spans, new Span(0, 10));
    }

    private static Table table(int position, TableRow... rows) {
        return new Table(position, List.of("任务", "责任单位"), List.of(rows), new Span(0, 10), null);
    }
}
