package org.commitmenttracker.intake;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An uploaded file kept on disk while it is imported: its name, size and SHA-256, and its rows' bytes, unzipped when
 * it is a zip (as GDELT publishes them). A zip must hold one file, without a path, that does not expand beyond the
 * configured ratio: anything else is refused before a row is read.
 */
public final class ImportFile implements AutoCloseable {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String UPLOAD_PREFIX = "tracker-import-";
    private static final String UPLOAD_SUFFIX = ".upload";

    private final Path path;
    private final String name;
    private final long size;
    private final String sha256;
    private final int maxExpansion;

    private ImportFile(Path path, String name, long size, String sha256, int maxExpansion) {
        this.path = path;
        this.name = name;
        this.size = size;
        this.sha256 = sha256;
        this.maxExpansion = maxExpansion;
    }

    /** Copies the stream to a temporary file, measuring and hashing it; refuses more than maxBytes. */
    public static ImportFile store(InputStream in, String name, long maxBytes, int maxExpansion) throws IOException {
        Path path = Files.createTempFile(UPLOAD_PREFIX + ProcessHandle.current().pid() + "-", UPLOAD_SUFFIX);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(path)) {
                size = copy(digesting, out, maxBytes);
            }
            return new ImportFile(path, name, size, HexFormat.of().formatHex(sha.digest()), maxExpansion);
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(path);
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    /**
     * Deletes the uploads that processes no longer running left in the temporary folder (a process killed during an
     * import cannot delete its own); each upload's name carries the id of the process that received it.
     */
    public static int removeUploadsOfStoppedProcesses() {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        int removed = 0;
        try (var uploads = Files.newDirectoryStream(folder, UPLOAD_PREFIX + "*" + UPLOAD_SUFFIX)) {
            for (Path upload : uploads) {
                String rest = upload.getFileName().toString().substring(UPLOAD_PREFIX.length());
                int dash = rest.indexOf('-');
                Long pid = dash > 0 && rest.substring(0, dash).chars().allMatch(Character::isDigit)
                        ? Long.valueOf(rest.substring(0, dash)) : null;
                boolean stopped = pid == null || ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
                if (stopped && Files.deleteIfExists(upload)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            return removed; // the temporary folder cannot be listed: nothing to do
        }
        return removed;
    }

    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new FileTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** The rows' bytes: the file itself, or the one entry of a zip. */
    public InputStream openRows() throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path));
        raw.mark(4);
        byte[] head = raw.readNBytes(4);
        raw.reset();
        if (!java.util.Arrays.equals(head, ZIP_MAGIC)) {
            return raw;
        }
        ZipInputStream zip = new ZipInputStream(raw);
        ZipEntry entry = zip.getNextEntry();
        if (entry == null) {
            zip.close();
            throw new BadArchiveException("the zip holds no file");
        }
        if (entry.isDirectory() || entry.getName().contains("/") || entry.getName().contains("\\")
                || entry.getName().contains("..")) {
            zip.close();
            throw new BadArchiveException("zip entry '" + entry.getName() + "' has a path; only a single file is read");
        }
        return new BoundedEntry(zip, Math.max(size, 1) * maxExpansion);
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single entry of a zip, refused when it expands beyond the allowed ratio or is followed by another. */
    private static final class BoundedEntry extends FilterInputStream {

        private final long limit;
        private long read;

        BoundedEntry(ZipInputStream zip, long limit) {
            super(zip);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (read += n) > limit) {
                throw new BadArchiveException("the zip expands more than " + limit + " bytes: refused as a zip bomb");
            }
            if (n < 0 && ((ZipInputStream) in).getNextEntry() != null) {
                throw new BadArchiveException("the zip holds more than one file");
            }
            return n;
        }
    }

    /** The upload is larger than the configured limit. */
    public static final class FileTooLargeException extends IOException {
        public FileTooLargeException(long maxBytes) {
            super("The file is larger than the " + maxBytes + " bytes an import accepts.");
        }
    }

    /** The zip holds something other than one plain file of reasonable size. */
    public static final class BadArchiveException extends IOException {
        public BadArchiveException(String message) {
            super("Refused: " + message + ".");
        }
    }
}
