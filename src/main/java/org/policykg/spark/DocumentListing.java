package org.policykg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input files, on the driver, in the order ingest reads them: inputs as given, a folder (or prefix)
 * by its files in name order, hidden files (a leading dot) left out. Paths and globs of any Hadoop file
 * system; a plain path is a local file. Folders that hold no file are told, as ingest tells them.
 */
final class DocumentListing {
    private final List<InputDocument> documents = new ArrayList<>();
    private final List<String> emptyFolders = new ArrayList<>();

    DocumentListing(List<String> inputs, Configuration conf) throws IOException {
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException(input + ": no such file or folder");
            }
            Arrays.sort(matches, Comparator.comparing(s -> s.getPath().getName()));
            for (FileStatus match : matches) {
                add(fs, match);
            }
        }
    }

    private void add(FileSystem fs, FileStatus match) throws IOException {
        if (!match.isDirectory()) {
            documents.add(new InputDocument(documents.size(), fs.makeQualified(match.getPath()).toString()));
            return;
        }
        List<FileStatus> files = new ArrayList<>(Arrays.stream(fs.listStatus(match.getPath()))
                .filter(FileStatus::isFile).filter(s -> !s.getPath().getName().startsWith(".")).toList());
        if (files.isEmpty()) {
            emptyFolders.add(fs.makeQualified(match.getPath()).toString());
        }
        files.sort(Comparator.comparing(s -> s.getPath().getName()));
        files.forEach(f -> documents.add(new InputDocument(documents.size(), fs.makeQualified(f.getPath()).toString())));
    }

    List<InputDocument> documents() {
        return documents;
    }

    List<String> emptyFolders() {
        return emptyFolders;
    }
}
