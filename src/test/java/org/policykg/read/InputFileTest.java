package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.support.Seeds;

/**
 * Reading a plain file after one look at its attributes gives what every check in turn gives: the same
 * bytes, or the same refusal word for word, for made-up files of every kind the checks tell apart.
 */
class InputFileTest {
    @Test
    void readsAndRefusesEveryKindOfFileAsTheChecksInTurnDo(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(Files.write(dir.resolve("plain.txt"), "一、总体要求\n".getBytes(StandardCharsets.UTF_8)));
        files.add(Files.copy(Seeds.path(Seeds.GANZHOU), dir.resolve("seed.txt")));
        files.add(Files.write(dir.resolve("one-byte.txt"), new byte[] {'x'}));
        files.add(Files.write(dir.resolve("empty.txt"), new byte[0]));
        files.add(Files.createDirectories(dir.resolve("folder.txt")));
        files.add(dir.resolve("missing.txt"));
        files.add(Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt")));
        files.add(Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("plain.txt")));
        files.add(Files.createSymbolicLink(dir.resolve("link-to-folder.txt"), dir.resolve("folder.txt")));
        files.add(sized(dir.resolve("at-limit.txt"), InputFile.MAX_BYTES));
        files.add(sized(dir.resolve("above-limit.txt"), InputFile.MAX_BYTES + 1));
        Path locked = Files.write(dir.resolve("locked.txt"), "正文".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        files.add(locked);
        Path pipe = dir.resolve("pipe.txt");
        if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
            files.add(pipe); // a named pipe has no writer: opening it would wait
        }

        for (Path file : files) {
            String checked = outcome(() -> InputFile.readChecked(file));
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> outcome(() -> InputFile.read(file))))
                    .as(file.getFileName().toString()).isEqualTo(checked);
        }
        assertThat(outcome(() -> InputFile.read(dir.resolve("empty.txt")))).contains("file is empty (0 bytes)");
        assertThat(outcome(() -> InputFile.read(dir.resolve("above-limit.txt")))).contains("above the 32 MB limit");
    }

    private static Path sized(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size); // sparse: no disk space taken
        }
        return file;
    }

    private interface Reading {
        byte[] read() throws BadInputException;
    }

    /** The bytes' hash and length, or the refusal's message. */
    private static String outcome(Reading reading) {
        try {
            byte[] bytes = reading.read();
            return "read " + bytes.length + " bytes, " + Checksum.sha256(bytes);
        } catch (BadInputException e) {
            return "refused: " + Objects.toString(e.getMessage());
        }
    }
}
