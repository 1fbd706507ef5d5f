package org.policykg.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.vocab.PlaceVocabulary;
import org.policykg.vocab.VocabularyLoader;
import org.policykg.structure.number.DocumentNumber;
import org.policykg.structure.number.IssuerCodes;

@DisplayName("Issuer codes")
class IssuerCodesTest {
    private final IssuerCodes codes = new IssuerCodes(VocabularyLoader.load(IssuerCodes.RESOURCE), PlaceVocabulary.shared());

    @Test
    void aListedPrefixIsKnownExactly() {
        IssuerCodes.Issuer issuer = codes.lookup("苏政办发");
        assertThat(issuer.resolution()).isEqualTo(IssuerCodes.Resolution.EXACT);
        assertThat(issuer.bodyName()).isEqualTo("江苏省人民政府办公厅");
        assertThat(issuer.level()).isEqualTo("provincial");
        assertThat(codes.lookup("嘉港区工委办").level()).isEqualTo("district");
        assertThat(codes.lookup("国海发").level()).isEqualTo("national");
    }

    @Test
    void anUnlistedPrefixIsPlacedByItsShortNameButItsBodyStaysUnknown() {
        IssuerCodes.Issuer provincial = codes.lookup("苏环发");
        assertThat(provincial.resolution()).isEqualTo(IssuerCodes.Resolution.BY_SHORT_NAME);
        assertThat(provincial.place()).isEqualTo("江苏省");
        assertThat(provincial.level()).isEqualTo("provincial");
        assertThat(provincial.bodyName()).isNull();
        IssuerCodes.Issuer municipal = codes.lookup("通环发");
        assertThat(municipal.place()).isEqualTo("南通市");
        assertThat(municipal.level()).isEqualTo("municipal");
        assertThat(codes.lookup("鄂环委").place()).isEqualTo("湖北省");
    }

    @Test
    void aPrefixNeitherListedNorPlacedIsReportedNotGuessed() {
        IssuerCodes.Issuer unknown = codes.lookup("卫办发");
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.level()).isNull();
        assertThat(codes.unknownPrefixes()).contains("卫办发");
    }

    @Test
    void aShortNameSharedByTwoPlacesIsNotGuessed() {
        assertThat(codes.lookup("泰政发").known()).isFalse();
    }

    @Test
    void documentNumbersParseIntoPrefixYearAndSerial() {
        DocumentNumber n = DocumentNumber.parse("國海發〔2017〕9號").orElseThrow();
        assertThat(n.prefix()).isEqualTo("国海发");
        assertThat(n.canonical()).isEqualTo("国海发〔2017〕9号");
        assertThat(DocumentNumber.parse("苏政办发〔2017〕115号").orElseThrow())
                .isEqualTo(new DocumentNumber("苏政办发", 2017, 115, false));
        assertThat(DocumentNumber.parse("鲁ICP备12029885号")).isEmpty();
    }
}
