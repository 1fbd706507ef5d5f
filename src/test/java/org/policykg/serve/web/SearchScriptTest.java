package org.policykg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policykg.serve.Http;
import org.policykg.serve.ServedSeeds;

/** The search page finds the same texts whichever script the words are typed in. */
class SearchScriptTest {
    private static final Pattern COUNT = Pattern.compile("<p id=\"hit-count\"><span>(\\d+)</span>");

    private static int hits(String q) {
        HttpResponse<String> r = ServedSeeds.readOnly().http.get("/search?q=" + Http.encode(q));
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = COUNT.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void traditionalWordsFindWhatTheirSimplifiedFormFinds() {
        int simplified = hits("大气");

        assertThat(simplified).isPositive();
        assertThat(hits("大氣")).isEqualTo(simplified);
        assertThat(hits("濕地 保護")).isEqualTo(hits("湿地 保护")).isPositive();
    }
}
