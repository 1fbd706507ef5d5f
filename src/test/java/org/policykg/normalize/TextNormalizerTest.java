package org.policykg.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policykg.support.Seeds;

class TextNormalizerTest {

    @Test
    void traditionalDocumentIsConvertedToSimplifiedKeepingEveryOffset() {
        NormalizedText text = Seeds.text(Seeds.NANTONG_2018);

        assertThat(text.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(text.text()).hasSameSizeAs(text.original());
        assertThat(text.original()).startsWith("通政辦發〔2018〕46號");
        assertThat(text.text()).startsWith("通政办发〔2018〕46号");
        int at = text.text().indexOf("海岸线保护与利用管理办法");
        assertThat(text.original().substring(at, at + 12)).isEqualTo("海岸線保護與利用管理辦法");
    }

    @Test
    void simplifiedDocumentKeepsItsCharactersButDigitsBecomeHalfWidth() {
        NormalizedText text = new TextNormalizer().normalize("显著提高，到２０２０年达到８３％");

        assertThat(text.script()).isEqualTo(Script.SIMPLIFIED);
        assertThat(text.text()).isEqualTo("显著提高，到2020年达到83％");
    }

    @Test
    void sentencesEndAtFullStopsAndLineBreaks() {
        NormalizedText text = new TextNormalizer().normalize("第一句。第二句；\n  第三行\n\n“引语。”后文");

        assertThat(text.sentences()).extracting(text::text)
                .containsExactly("第一句。", "第二句；", "第三行", "“引语。”", "后文");
        assertThat(text.text(text.sentenceAt(text.text().indexOf("三")))).isEqualTo("第三行");
    }

    @Test
    void theRememberedScriptOfEveryCharIsUnicodes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            // twice: the first answer is worked out, the second remembered
            for (int pass = 0; pass < 2; pass++) {
                assertThat(TextNormalizer.isHan((char) c)).as("U+%04X", c)
                        .isEqualTo(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            }
        }
    }

    @Test
    void halfWidthReturnsATextWithoutFullWidthCharsAsItIsAndAgreesWithThePerCharRuleAtEveryEdge() {
        String plain = "到2020年达到83％，Ｈ";
        String halfAlready = "到2020年达到83％";
        assertThat(TextNormalizer.halfWidth(halfAlready)).isSameAs(halfAlready);
        StringBuilder edges = new StringBuilder();
        for (char c = '\uFF00'; c <= '\uFF5F'; c++) {
            edges.append(c);
            String one = String.valueOf(c);
            boolean full = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
            assertThat(TextNormalizer.halfWidth(one)).as(one).isEqualTo(full ? String.valueOf((char) (c - 0xFEE0)) : one);
        }
        assertThat(TextNormalizer.halfWidth(edges.toString())).hasSameSizeAs(edges.toString())
                .contains("0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz").contains("／", "：", "［", "｛");
        assertThat(TextNormalizer.halfWidth(plain)).isEqualTo("到2020年达到83％，H");
    }
}
