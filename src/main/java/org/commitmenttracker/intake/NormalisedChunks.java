package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A file's rows read and normalised on a thread of its own, handed over a chunk at a time: parsing and resolving codes
 * overlap with writing, which on a two-core machine is most of the gain. At most a few chunks wait in memory, so the
 * file is still streamed. A failure on either side stops the other: a reading error is thrown from {@link #next()},
 * and {@link #close()} stops the reader when the writer gives up.
 */
final class NormalisedChunks implements AutoCloseable {

    private static final int WAITING = 4;
    private static final List<NormalisedRow> END = List.of();

    private final BlockingQueue<List<NormalisedRow>> queue = new ArrayBlockingQueue<>(WAITING);
    private final Thread reader;
    private volatile RuntimeException failure;
    private volatile boolean closed;

    private NormalisedChunks(ImportFile file, RowReader rows, RowNormaliser normaliser, ImportProgress progress,
                             int chunkSize) {
        reader = new Thread(() -> read(file, rows, normaliser, progress, chunkSize), "import-reader");
        reader.setDaemon(true);
    }

    static NormalisedChunks start(ImportFile file, RowReader rows, RowNormaliser normaliser, ImportProgress progress,
                                  int chunkSize) {
        NormalisedChunks chunks = new NormalisedChunks(file, rows, normaliser, progress, chunkSize);
        chunks.reader.start();
        return chunks;
    }

    /** The next chunk, or null after the last one; throws what stopped the reader. */
    List<NormalisedRow> next() {
        try {
            List<NormalisedRow> chunk = queue.take();
            if (chunk == END) {
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the file", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        queue.clear();
    }

    private void read(ImportFile file, RowReader rows, RowNormaliser normaliser, ImportProgress progress,
                      int chunkSize) {
        try (InputStream in = file.openRows()) {
            Chunking sink = new Chunking(normaliser, progress, chunkSize);
            rows.read(in, sink);
            sink.handRest();
        } catch (IOException e) {
            failure = new UncheckedIOException(e);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            if (!closed) {
                hand(END);
            }
        }
    }

    /** Normalises rows as they are read and hands them over whenever a chunk is full. */
    private final class Chunking implements RowReader.Sink {
        private final RowNormaliser normaliser;
        private final ImportProgress progress;
        private final int chunkSize;
        private List<NormalisedRow> current;

        Chunking(RowNormaliser normaliser, ImportProgress progress, int chunkSize) {
            this.normaliser = normaliser;
            this.progress = progress;
            this.chunkSize = chunkSize;
            this.current = new ArrayList<>(chunkSize);
        }

        @Override
        public void row(ImportRow row) {
            current.add(normaliser.normalise(row));
            progress.rowDone();
            if (current.size() == chunkSize) {
                hand(current);
                current = new ArrayList<>(chunkSize);
            }
        }

        @Override
        public void problem(RowProblem problem) {
            progress.rowDone(); // checked before: skipped, and listed in the report
        }

        void handRest() {
            if (!current.isEmpty()) {
                hand(current);
            }
        }
    }

    private void hand(List<NormalisedRow> chunk) {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import stopped before the file was read", e);
        }
    }
}
