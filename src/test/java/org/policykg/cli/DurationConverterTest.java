package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"30s, 30000", "500ms, 500", "2m, 120000", "1.5s, 1500", "0.25m, 15000", "45, 45000", "' 3 S ', 3000",
            "2M, 120000", ".5s, 500", "3., 3000"})
    void theWrittenFormsAreMilliseconds(String text, long millis) {
        assertThat(converter.convert(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "30 seconds", "1h", "-5s", "1e3s", "s", "30d", "3s0"})
    void anythingElseIsRefusedNamingTheValue(String text) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'" + text + "' is not a duration").hasMessageContaining("30s, 500ms, 2m");
    }

    /** Refused while the options are read: nothing is opened, the exit code is a usage error's. */
    @Test
    void serveWithABadTimeoutSaysWhichOptionAndStartsNothing() {
        StringWriter err = new StringWriter();
        Path store = tmp.resolve("store");
        int code = PolicyKg.commandLine().setErr(new PrintWriter(err, true))
                .execute("serve", "--store", store.toString(), "--port", "0", "--query-timeout", "soon");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--query-timeout").contains("'soon' is not a duration");
        assertThat(Files.exists(store)).as("no store made").isFalse();
    }
}
