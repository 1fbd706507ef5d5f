package org.policykg.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.hankcs.hanlp.HanLP;

import org.junit.jupiter.api.Test;
import org.policykg.support.Seeds;
import org.policykg.testing.SampleTexts;

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

    /** Every char alone: Traditional exactly when it is Han and HanLP converts it (the remembered bits, worked out and read back). */
    @Test
    void everyCharAloneCountsAsItsScriptAndConversionSay() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (int pass = 0; pass < 2; pass++) {
                assertThat(TextNormalizer.detectScript(String.valueOf((char) c))).as("U+%04X", c)
                        .isEqualTo(converts((char) c) ? Script.TRADITIONAL : Script.SIMPLIFIED);
            }
        }
    }

    /** The script of whole texts, lines and made-up mixes near the 2 % share is the share counted to the end. */
    @Test
    void detectScriptAgreesWithTheShareCountedOverTheWholeText() {
        List<String> texts = new ArrayList<>(SampleTexts.documentsRawAndNormalized());
        texts.addAll(SampleTexts.linesAndTasks());
        Random random = new Random(3);
        String[] kinds = {"國發體", "国发体", "a1，。 "};
        for (int n = 0; n < 3000; n++) {
            StringBuilder mix = new StringBuilder();
            int length = 1 + random.nextInt(300);
            double traditional = random.nextDouble() * 0.05;
            boolean traditionalFirst = random.nextBoolean();
            for (int i = 0; i < length; i++) {
                String kind = kinds[random.nextDouble() < traditional ? 0 : 1 + random.nextInt(2)];
                mix.append(kind.charAt(random.nextInt(kind.length())));
            }
            texts.add(traditionalFirst ? sorted(mix.toString()) : mix.toString());
        }
        int traditional = 0;
        for (String text : texts) {
            Script expected = countedToTheEnd(text);
            traditional += expected == Script.TRADITIONAL ? 1 : 0;
            assertThat(TextNormalizer.detectScript(text)).as(text).isEqualTo(expected);
        }
        assertThat(traditional).as("both answers are tried").isBetween(100, texts.size() - 100);
    }

    /** One call for the whole text gives what converting each line alone gives, lines whose length a phrase changes included. */
    @Test
    void convertingTheWholeTextGivesEachLineConvertedAlone() {
        List<String> texts = new ArrayList<>(SampleTexts.documentsRawAndNormalized());
        // 筆記簿型電腦 and 士多啤梨 become shorter phrases, 㑮 a char outside the BMP (two chars): such lines go char by char
        List<String> lines = List.of("筆記簿型電腦", "國務院辦公廳關於印發", "", "㑮字", "士多啤梨很甜\r", "發展規劃", "  ", "2020年");
        Random random = new Random(11);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                text.append(lines.get(random.nextInt(lines.size()))).append(random.nextInt(4) == 0 ? "" : "\n");
            }
            texts.add(text.toString());
        }
        texts.addAll(List.of("", "\n", "\n\n", "筆記簿型電腦\n", "\n筆記簿型電腦"));
        int changed = 0;
        for (String text : texts) {
            String simplified = TextNormalizer.simplified(text);
            assertThat(simplified).as(text).isEqualTo(lineByLine(text)).hasSameSizeAs(text);
            changed += HanLP.convertToSimplifiedChinese(text).length() != text.length() ? 1 : 0;
        }
        assertThat(changed).as("lines whose length the phrases change are tried").isGreaterThan(50);
    }

    /** The conversion as it was: HanLP line by line, a line whose length it changes char by char. */
    private static String lineByLine(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String converted = HanLP.convertToSimplifiedChinese(lines[i]);
            if (converted.length() == lines[i].length()) {
                out.append(converted);
            } else {
                for (char c : lines[i].toCharArray()) {
                    String one = HanLP.convertToSimplifiedChinese(String.valueOf(c));
                    out.append(one.length() == 1 ? one : String.valueOf(c));
                }
            }
            out.append(i + 1 < lines.length ? "\n" : "");
        }
        return out.toString();
    }

    private static String sorted(String text) {
        // Traditional chars first: the answer is settled early where it can be
        StringBuilder out = new StringBuilder();
        text.chars().filter(c -> converts((char) c)).forEach(c -> out.append((char) c));
        text.chars().filter(c -> !converts((char) c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static Script countedToTheEnd(String text) {
        int han = 0;
        int traditional = 0;
        for (char c : text.toCharArray()) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                traditional += converts(c) ? 1 : 0;
            }
        }
        return han > 0 && (double) traditional / han >= 0.02 ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    private static boolean converts(char c) {
        return CONVERTS[c];
    }

    /** For each char, whether it is Han and HanLP converts it: asked of the converter once per char, for the whole class. */
    private static final boolean[] CONVERTS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CONVERTS[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    && HanLP.convertToSimplifiedChinese(String.valueOf((char) c)).charAt(0) != c;
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
