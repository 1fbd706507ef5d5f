package org.policykg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files an ingest reads from the paths it was given. */
final class InputFiles {
    private InputFiles() {
    }

    /** Files as given, directories by their regular files in name order (hidden files skipped). */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(documentsIn(input));
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** A directory given by name that holds no file to read is a mistake worth telling (a mistyped path, a folder named like a file). */
    static List<Path> emptyDirectories(List<Path> inputs) {
        return inputs.stream().filter(Files::isDirectory).filter(dir -> documentsIn(dir).isEmpty()).toList();
    }

    private static List<Path> documentsIn(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
