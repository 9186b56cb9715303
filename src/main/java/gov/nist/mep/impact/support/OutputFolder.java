package gov.nist.mep.impact.support;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;

/**
 * A folder outputs are written into (a run's work folder). Each output is written to a temporary file beside its
 * final name and moved into place only when complete, so a reader never sees a half-written file; its size and
 * SHA-256 are taken while it is written, so the run can record exactly what it wrote.
 */
public final class OutputFolder {

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * What the stream handed to a {@link Writer} can also do: take a whole output whose first bytes the writer has
     * already hashed (a PDF hashes itself for its /ID), so that SHA-256 runs over them once.
     */
    public interface PrefixHashed {

        /**
         * Writes {@code bytes}; {@code digestOfFirst} is SHA-256 updated with exactly {@code bytes[0, first)} and is
         * taken over. Only as the first write of an output; after other writes it is an ordinary write.
         */
        void writeHashed(byte[] bytes, MessageDigest digestOfFirst, int first) throws IOException;
    }

    /** A body that writes one output. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * One output as written: its path relative to the folder ('/' separators), its size and SHA-256.
     *
     * @param file path relative to the folder
     * @param size bytes
     * @param sha256 lower-case hex
     */
    public record Written(String file, long size, String sha256) {

        /** One line of a record ({@code sha256 size file}); {@link #parse} reads it back. */
        public String line() {
            return sha256 + " " + size + " " + file;
        }

        public static Written parse(String line) {
            String[] parts = line.split(" ", 3);
            return new Written(parts[2], Long.parseLong(parts[1]), parts[0]);
        }
    }

    /** Writes {@code name} (a path relative to the folder) atomically. */
    public Written publish(String name, Writer writer) {
        Path target = root.resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
            try {
                Written written;
                try (Counting out = new Counting(Files.newOutputStream(temp))) {
                    writer.write(out);
                    out.flush();
                    written = new Written(name.replace('\\', '/'), out.count, Sha256.hex(out.digest));
                }
                moveIntoPlace(temp, target);
                return written;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Counts and hashes the bytes written through it. */
    private static final class Counting extends FilterOutputStream implements PrefixHashed {

        private long count;
        private MessageDigest digest = Sha256.digest();

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        @Override
        public void writeHashed(byte[] bytes, MessageDigest digestOfFirst, int first) throws IOException {
            if (count > 0) {
                write(bytes, 0, bytes.length);
                return;
            }
            out.write(bytes);
            digestOfFirst.update(bytes, first, bytes.length - first);
            digest = digestOfFirst;
            count = bytes.length;
        }
    }
}
