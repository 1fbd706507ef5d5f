package org.policykg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.policykg.store.DocumentWriter;
import org.policykg.store.GraphStore;

/**
 * Writes documents in units (TDB2 write transactions): each document is written as it comes off the
 * workers, and the outcomes are final once the unit is committed. Should a unit fail, it is rolled back
 * whole, and the files it had taken are built again and written one per unit, so that one failing
 * document cannot take the others with it. Documents are built again rather than kept: a unit of
 * thousands would otherwise hold them all.
 */
final class UnitWriter {
    private final GraphStore store;
    private final Function<Path, WorkerResult> rebuild;

    UnitWriter(GraphStore store, Function<Path, WorkerResult> rebuild) {
        this.store = store;
        this.rebuild = rebuild;
    }

    /** Up to {@code size} documents from {@code workers} in one unit, each announced to {@code written} by file name. */
    List<WriteOutcome> writeUnit(ExtractionWorkers workers, int size, Consumer<String> written) {
        List<Path> taken = new ArrayList<>();
        List<WriteOutcome> outcomes = new ArrayList<>();
        try {
            store.writeBatch(writer -> {
                while (taken.size() < size && workers.hasMore()) {
                    WorkerResult r = workers.take();
                    taken.add(r.file());
                    outcomes.add(write(r, writer));
                    written.accept(r.file().getFileName().toString());
                }
            });
            return outcomes;
        } catch (ExtractionWorkers.WorkersFailed e) {
            throw e;
        } catch (RuntimeException unitFailed) {
            if (taken.size() == 1) {
                return List.of(internalError(taken.get(0), unitFailed));
            }
            return taken.stream().map(file -> writeAlone(rebuild.apply(file))).toList();
        }
    }

    private WriteOutcome writeAlone(WorkerResult r) {
        WriteOutcome[] outcome = new WriteOutcome[1];
        try {
            store.writeBatch(writer -> outcome[0] = write(r, writer));
            return outcome[0];
        } catch (RuntimeException e) {
            return internalError(r.file(), e);
        }
    }

    /**
     * One document inside a unit, with the checks of a sequential ingest in its order: a byte-identical
     * copy of a stored document (the writer's reads see what this unit wrote before) is skipped, an
     * invalid graph refused, anything else stored.
     */
    private static WriteOutcome write(WorkerResult r, DocumentWriter writer) {
        BuiltDocument b = r.built();
        if (b == null) {
            return WriteOutcome.failed(r.failure());
        }
        Optional<String> original = b.checksum() == null ? Optional.empty() : writer.storedCopy(b.checksum(), b.graph().fileName());
        if (original.isPresent()) {
            return WriteOutcome.skipped(r.file() + ": same bytes as " + original.get() + ", which is stored; skipped, not stored twice");
        }
        if (r.failure() != null) {
            return WriteOutcome.failed(r.failure());
        }
        String replaced = writer.storedSource(b.graph().graphIri()).filter(other -> !other.equals(b.graph().fileName()))
                .map(b::replaces).orElse(null);
        writer.replaceDocument(b.graph());
        List<String> warnings = b.warnings().stream().map(w -> r.file() + ": " + w).toList();
        return WriteOutcome.stored(b.citations(), b.quads(), replaced, warnings);
    }

    private static WriteOutcome internalError(Path file, RuntimeException e) {
        return WriteOutcome.failed(file + ": internal error, document not stored: " + e);
    }
}
