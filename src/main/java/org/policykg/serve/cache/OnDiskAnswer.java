package org.policykg.serve.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An answer too large to keep on the heap, kept in a file of {@link AnswerSpillFolder}. It weighs in the
 * cache a small fixed part plus an eighth of its length: the disk taken by kept answers is then
 * bounded by eight times the cache's heap bound (about the heap's size), and a whole-corpus answer of
 * hundreds of megabytes is kept instead of being computed again for every request.
 */
public record OnDiskAnswer(String contentType, Path file, long length, AnswerSpillFolder owner) implements CachedAnswer {
    private static final int ENTRY = 1024;
    private static final int DISK_BYTES_PER_HEAP_BYTE = 8;

    @Override
    public int weight() {
        return (int) Math.min(Integer.MAX_VALUE, ENTRY + length / DISK_BYTES_PER_HEAP_BYTE);
    }

    @Override
    public void send(HttpServletResponse response) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InMemoryAnswer.startAnswer(response, contentType);
            response.setContentLengthLong(length);
            in.transferTo(response.getOutputStream());
        }
    }

    @Override
    public void discard() {
        owner.discard(file);
    }
}
