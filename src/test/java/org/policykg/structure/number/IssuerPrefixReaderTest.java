package org.policykg.structure.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.policykg.normalize.TextNormalizer;
import org.policykg.testing.SampleTexts;

/** The lead-in word ending a run is found where LEAD_IN's lookingAt finds it. */
class IssuerPrefixReaderTest {

    @Test
    void theLeadInEndsWhereThePatternsMatchEnds() {
        Set<String> runs = new LinkedHashSet<>(List.of("", "和", "根据", "根", "据根", "人民政府", "人民政府办公厅", "省人民政府苏政办发",
                "根据省政府苏政办发", "按照市委市政府", "中共中央办公厅", "以和及与或", "的了是为见即", "政府人民", "委员会员", "苏政发"));
        for (String text : SampleTexts.linesAndTasks()) {
            for (String run : hanRuns(text)) {
                // every run the reader reads ends at some place: each end of each run, up to 16 characters back
                for (int end = 1; end <= run.length(); end++) {
                    runs.add(run.substring(Math.max(0, end - 16), end));
                }
            }
        }
        int leadIns = 0;
        for (String run : runs) {
            Matcher m = IssuerPrefixReader.LEAD_IN.matcher(run);
            int plain = m.lookingAt() ? m.end() : -1;
            assertThat(IssuerPrefixReader.leadInEnd(run)).as(run).isEqualTo(plain);
            leadIns += plain >= 0 ? 1 : 0;
        }
        assertThat(leadIns).as("runs with a lead-in word").isGreaterThan(100);
    }

    private static List<String> hanRuns(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && TextNormalizer.isHan(text.charAt(i));
            if (han && start < 0) {
                start = i;
            } else if (!han && start >= 0) {
                runs.add(text.substring(start, i));
                start = -1;
            }
        }
        return runs;
    }
}
