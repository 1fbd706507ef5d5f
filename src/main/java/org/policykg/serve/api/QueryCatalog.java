package org.policykg.serve.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.serve.ServeConfig;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The saved queries the API offers: those of the configured folder ({@code queries/} of the working
 * directory) when it exists, else the copies packaged in the jar under {@code /queries/}. A name is a
 * plain file name without {@code .rq} ({@code [A-Za-z0-9][A-Za-z0-9_-]*}); anything else, such as
 * {@code ../x} or an encoded slash, is simply not a saved query.
 */
@Component
public class QueryCatalog {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private final Path directory;
    private final SavedQueries queries;

    public QueryCatalog(ServeConfig config) {
        this.directory = config.queriesDir();
        this.queries = new SavedQueries(directory);
    }

    public Optional<SavedQuery> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return queries.find(name);
    }

    public List<SavedQuery> all() {
        if (directory != null && Files.isDirectory(directory)) {
            return queries.all();
        }
        return packaged();
    }

    /** Where the queries are read from, for the startup message. */
    public String source() {
        return directory != null && Files.isDirectory(directory) ? directory.toString() : "classpath:/queries";
    }

    private static List<SavedQuery> packaged() {
        List<SavedQuery> out = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(QueryCatalog.class.getClassLoader())
                    .getResources("classpath*:queries/*.rq");
            for (Resource r : resources) {
                String file = r.getFilename();
                if (file == null || !file.endsWith(".rq")) {
                    continue;
                }
                String name = file.substring(0, file.length() - 3);
                if (!NAME.matcher(name).matches() || out.stream().anyMatch(q -> q.name().equals(name))) {
                    continue;
                }
                try (InputStream in = r.getInputStream()) {
                    out.add(SavedQueries.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(SavedQuery::name));
        return out;
    }
}
