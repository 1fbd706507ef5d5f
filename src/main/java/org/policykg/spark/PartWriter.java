package org.policykg.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;

/**
 * On an executor: one partition's stored documents, whole, into {@code part-NNNNN.nq} of the output
 * folder, with their regulation nodes renamed as the store's merge left them. A retried task writes the
 * same file again (same name, same bytes). Answers one line: "part documents quads".
 */
final class PartWriter implements Function2<Integer, Iterator<ExtractedDocument>, Iterator<String>> {
    private static final long serialVersionUID = 1L;
    private final String output;
    private final Broadcast<Survivors> survivors;
    private final Broadcast<HadoopConf> hadoop;

    PartWriter(String output, Broadcast<Survivors> survivors, Broadcast<HadoopConf> hadoop) {
        this.output = output;
        this.survivors = survivors;
        this.hadoop = hadoop;
    }

    static String partName(int partition) {
        return String.format("part-%05d.nq", partition);
    }

    @Override
    public Iterator<String> call(Integer partition, Iterator<ExtractedDocument> documents) throws IOException {
        Path part = new Path(output, partName(partition));
        FileSystem fs = part.getFileSystem(hadoop.value().configuration());
        fs.setWriteChecksum(false);   // no .crc files beside the parts on a local disk: loaders take a folder's files
        long stored = 0;
        long quads = 0;
        try (OutputStream out = new BufferedOutputStream(fs.create(part, true), 1 << 16)) {
            while (documents.hasNext()) {
                ExtractedDocument d = documents.next();
                if (survivors.value().stored(d.index())) {
                    byte[] text = renamed(d);
                    out.write(text);
                    stored++;
                    quads += lines(text);
                }
            }
        }
        return List.of(partition + " " + stored + " " + quads).iterator();
    }

    /** Most graphs have no node renamed and are copied as they are; the others are decoded to rename them. */
    private byte[] renamed(ExtractedDocument d) {
        Map<String, String> renames = survivors.value().renames(d.index());
        if (renames.isEmpty()) {
            return d.nquads();
        }
        return NQuads.renamed(new String(d.nquads(), StandardCharsets.UTF_8), renames).getBytes(StandardCharsets.UTF_8);
    }

    private static long lines(byte[] text) {
        long n = 0;
        for (byte b : text) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
