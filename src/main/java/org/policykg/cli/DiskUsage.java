package org.policykg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Disk blocks a directory takes, as {@code du -sk} counts them: TDB2's memory-mapped files are sparse and
 * grown in whole segments, so their lengths overstate what the disk gives them (a compacted 215-document
 * store: 282 MB of file lengths, 104 MB of blocks). Where there is no {@code du}, the file lengths.
 */
final class DiskUsage {
    private DiskUsage() {
    }

    static long of(Path dir) {
        if (dir == null) {
            return 0;
        }
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (du.waitFor() == 0 && !out.isEmpty()) {
                return Long.parseLong(out.split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // no du here: file lengths below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fileLengths(dir);
    }

    private static long fileLengths(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
