package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.support.Seeds;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    /** Big5 bytes are valid GB18030 too: the common characters decide, for Simplified and Traditional text. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"004_e7f9bf6c216b92d7.txt, GB18030", "004_e7f9bf6c216b92d7.txt, GBK", "000_937dee3802406d3d.txt, Big5",
            "000_937dee3802406d3d.txt, GB18030", "003_0f5258ab0390f5fa.txt, GB18030", "002_ca94530e59154593.txt, GB18030"})
    void tellsGb18030FromBig5(String seed, String charset) throws Exception {
        String text = Files.readString(Seeds.path(seed));

        TextDecoder.Decoded decoded = decoder.decode(Path.of(seed), text.getBytes(Charset.forName(charset)));

        assertThat(decoded.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "UTF-16LE", "UTF-16BE"})
    void aByteOrderMarkDecidesAndIsDropped(String charset) throws Exception {
        String text = Files.readString(Seeds.path(Seeds.GANZHOU));

        String decoded = decoder.decode(Path.of("x.txt"), org.policykg.support.Forms.encoded(text, Charset.forName(charset), true)).text();

        assertThat(decoded).isEqualTo(text);
    }

    @ParameterizedTest(name = "cut {0} bytes into the last character")
    @CsvSource({"1", "2"})
    void utf8CutInsideACharacterIsTruncated(int cut) {
        byte[] whole = "一、总体要求\n二、重点任务".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 3 + cut);

        assertThatThrownBy(() -> decoder.decode(Path.of("cut.txt"), truncated))
                .hasMessageContaining("cut.txt").hasMessageContaining("truncated");
    }
}
