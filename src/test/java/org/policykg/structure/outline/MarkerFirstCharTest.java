package org.policykg.structure.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policykg.normalize.TextNormalizer;

/** Marker.match skips the regex where the line's first char is not one its pattern can start with. */
class MarkerFirstCharTest {

    @Test
    void theFirstCharCheckNeverRejectsALineThePatternMatches() throws IOException {
        List<String> lines = lines();
        int matched = 0;
        for (String line : lines) {
            for (Marker kind : Marker.values()) {
                if (kind.pattern() == null) {
                    continue;
                }
                var m = kind.pattern().matcher(line);
                int plain = m.lookingAt() ? m.end() : -1;
                assertThat(kind.match(line)).as(kind + " on " + line).isEqualTo(plain);
                if (plain > 0) {
                    matched++;
                    assertThat(kind.mayStart(line)).isTrue();
                }
            }
        }
        assertThat(matched).as("lines that start with a marker").isGreaterThan(50);
    }

    @Test
    void theAttachmentMarkerAgreesWithItsPatternOnEveryLine() throws IOException {
        List<String> lines = lines();
        lines.addAll(List.of("附件", "附 件1：", "附件一:", "附", " 附件", "附表", "附件１：名单"));
        int matched = 0;
        for (String line : lines) {
            var m = OutlineParser.attachmentPattern().matcher(line);
            int plain = m.find() ? m.end() : -1;
            assertThat(OutlineParser.attachmentMarker(line)).as(line).isEqualTo(plain);
            matched += plain >= 0 ? 1 : 0;
        }
        assertThat(matched).as("attachment lines").isGreaterThan(3);
    }

    @Test
    void everyKindRejectsALineStartingWithAnotherChar() {
        assertThat(Marker.numbered("一、总体要求")).isEqualTo(2);
        assertThat(Marker.numbered(" 一、总体要求")).isEqualTo(-1);
        assertThat(Marker.numbered("（三）重点任务")).isEqualTo(3);
        assertThat(Marker.numbered("１２．任务")).isEqualTo(-1);
        assertThat(Marker.CHAPTER.mayStart("章")).isFalse();
        assertThat(Marker.ARABIC_DOT.mayStart("")).isFalse();
    }

    /** Every line of the seed and held-out documents, raw and normalized, and edge cases. */
    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(List.of("", " ", "第", "第十二章", "第3部分 总则", "十、", "十一十、x",
                "一 . 任务", "(一)", "（ 十 ） 、", "1.", "1.5亿元", "12、", "123、", "1 ．x", "(1)", "（ 2 ）x", "①",
                "⑳ 任务", "\u3000一、", "\t1.", "١.", "𠀀一、", "一", "(", "（）"));
        for (String dir : List.of("data/documents", "src/test/resources/heldout/documents")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    String raw = Files.readString(f);
                    lines.addAll(raw.lines().toList());
                    lines.addAll(new TextNormalizer().normalize(raw).text().lines().map(String::strip).toList());
                }
            }
        }
        return lines;
    }
}
