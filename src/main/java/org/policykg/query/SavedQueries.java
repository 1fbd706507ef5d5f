package org.policykg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads saved queries and their header comments ({@code # title:}, {@code # description:},
 * {@code # param:}). Queries come from a directory or, when it is absent, from the copies packaged
 * in the jar. Names are plain file names: nothing outside the queries folder can be reached.
 */
public final class SavedQueries {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s+(\\w+)(\\s+optional)?\\s*(?:[—–-]+\\s*)?(.*)$");
    private static final String PACKAGED = "/queries/";
    private static final String INDEX = "/queries/index.txt";

    private record Loaded(long size, FileTime modified, SavedQuery query) {
    }

    private final Path directory;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private final Map<String, SavedQuery> packaged = new ConcurrentHashMap<>();

    public SavedQueries(Path directory) {
        this.directory = directory;
    }

    public Optional<SavedQuery> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return read(name);
    }

    public List<SavedQuery> all() {
        List<SavedQuery> out = new ArrayList<>();
        for (String name : names()) {
            read(name).ifPresent(out::add);
        }
        return out;
    }

    /** Parses a query file given by path (the CLI's {@code query FILE.rq}). */
    public static SavedQuery fromFile(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    public static SavedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<QueryParameter> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = HEADER.matcher(line.strip());
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            if (!m.matches()) {
                continue;
            }
            switch (m.group(1)) {
                case "title" -> title = m.group(2).strip();
                case "description" -> description.append(description.length() > 0 ? " " : "").append(m.group(2).strip());
                default -> params.add(param(name, m.group(2)));
            }
        }
        return new SavedQuery(name, title, description.toString(), List.copyOf(params), text);
    }

    private static QueryParameter param(String query, String spec) {
        Matcher m = PARAM.matcher(spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(query + ".rq: bad '# param:' line '" + spec + "' (NAME TYPE [optional] — description)");
        }
        return new QueryParameter(m.group(1), ParameterType.parse(m.group(2)), m.group(3) != null, m.group(4).strip());
    }

    /**
     * A file is parsed again only when it changed (its size or modification time): the service asks
     * for a query on every request, and an edited .rq file must still be picked up without a restart.
     */
    private Optional<SavedQuery> read(String name) {
        try {
            if (directory != null && Files.isDirectory(directory)) {
                return readFile(name, directory.resolve(name + ".rq"));
            }
            SavedQuery known = packaged.get(name);
            if (known != null) {
                return Optional.of(known);
            }
            try (InputStream in = SavedQueries.class.getResourceAsStream(PACKAGED + name + ".rq")) {
                return in == null ? Optional.empty()
                        : Optional.of(packaged.computeIfAbsent(name, n -> parse(n, readAll(in))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<SavedQuery> readFile(String name, Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            return Optional.empty();
        }
        Loaded known = loaded.get(name);
        if (known != null && known.size() == attributes.size() && known.modified().equals(attributes.lastModifiedTime())) {
            return Optional.of(known.query());
        }
        SavedQuery query = fromFile(file);
        loaded.put(name, new Loaded(attributes.size(), attributes.lastModifiedTime(), query));
        return Optional.of(query);
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> names() {
        try {
            if (directory != null && Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                            .map(f -> f.substring(0, f.length() - 3)).filter(n -> NAME.matcher(n).matches()).sorted().toList();
                }
            }
            try (InputStream in = SavedQueries.class.getResourceAsStream(INDEX)) {
                return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(n -> NAME.matcher(n).matches()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
