package org.policykg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The N-Quads files a load reads: files as given, folders by their {@code .nq} and {@code .nq.gz} files in
 * name order. Hidden files and the markers a Spark or Hadoop job leaves beside its parts ({@code _SUCCESS},
 * {@code .crc}) are passed over, so a job's output folder can be given as it is.
 */
final class Parts {
    private Parts() {
    }

    static List<Path> of(List<Path> inputs) {
        List<Path> parts = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> inside = listed(input);
                if (inside.isEmpty()) {
                    throw new LoadException(input + ": folder holds no N-Quads part (*.nq or *.nq.gz)", true);
                }
                parts.addAll(inside);
            } else if (!Files.isRegularFile(input)) {
                throw new LoadException(input + ": no such file or folder", true);
            } else if (!isPart(input)) {
                throw new LoadException(input + ": not an N-Quads part (a name ending .nq or .nq.gz)", true);
            } else {
                parts.add(input);
            }
        }
        if (parts.isEmpty()) {
            throw new LoadException("no N-Quads parts given", true);
        }
        return parts;
    }

    private static List<Path> listed(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isRegularFile).filter(Parts::isPart).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPart(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("_") && (name.endsWith(".nq") || name.endsWith(".nq.gz"));
    }
}
