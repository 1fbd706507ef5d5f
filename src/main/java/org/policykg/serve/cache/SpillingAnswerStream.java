package org.policykg.serve.cache;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An answer being written: held in memory up to the folder's limit, then moved to a file of it and
 * written on there. {@link #answer} makes the kept answer of what was written; {@link #abandon} drops
 * it (a query cut by its timeout), file and all.
 */
public final class SpillingAnswerStream extends OutputStream {
    private final AnswerSpillFolder files;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();
    private Path file;
    private OutputStream spilled;
    private long length;

    SpillingAnswerStream(AnswerSpillFolder files) {
        this.files = files;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (spilled == null && length + len > files.inMemoryLimit()) {
            file = files.newFile();
            spilled = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            held.writeTo(spilled);
            held = null;
        }
        (spilled != null ? spilled : held).write(b, off, len);
        length += len;
    }

    /** The answer written, in memory or in its file. */
    public CachedAnswer answer(String contentType) throws IOException {
        if (spilled == null) {
            return new InMemoryAnswer(contentType, held.toByteArray());
        }
        spilled.close();
        return new OnDiskAnswer(contentType, file, length, files);
    }

    /** Drops what was written. */
    public void abandon() {
        try {
            if (spilled != null) {
                spilled.close();
            }
        } catch (IOException ignored) {
            // the file goes anyway
        }
        if (file != null) {
            AnswerSpillFolder.deleteNow(file);
        }
    }
}
