package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WriteUnitsTest {
    @Test
    void unitsDoubleFromOneDocumentUpToTheLargest() {
        WriteUnits units = new WriteUnits();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            sizes.add(units.next());
        }
        assertThat(sizes).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 4096);
    }
}
