package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes UTF-8 one physical line at a time and refuses bytes that are not UTF-8, so that the error names the line
 * that holds them (a block decoder would fail on the first read, far before the bad line).
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] lineBytes = new byte[1024];
    private char[] chars = new char[1024];
    private CharBuffer current = CharBuffer.allocate(0);
    private long lineNumber;
    private boolean eof;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!current.hasRemaining()) {
            if (eof || !nextLine()) {
                return -1;
            }
        }
        int n = Math.min(length, current.remaining());
        current.get(buffer, offset, n);
        return n;
    }

    /** Copies the next physical line (up to and including its LF) out of the byte buffer, then decodes it. */
    private boolean nextLine() throws IOException {
        int size = 0;
        boolean ascii = true;
        while (true) {
            if (position == limit) {
                // A small first read: discovery opens every file only to check its header.
                limit = in.read(buffer, 0, lineNumber == 0 ? 4096 : buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    break;
                }
            }
            int end = position;
            boolean lineEnds = false;
            while (end < limit) {
                byte b = buffer[end++];
                if (b < 0) {
                    ascii = false;
                } else if (b == '\n') {
                    lineEnds = true;
                    break;
                }
            }
            int n = end - position;
            if (size + n > lineBytes.length) {
                lineBytes = Arrays.copyOf(lineBytes, Math.max(lineBytes.length * 2, size + n));
            }
            System.arraycopy(buffer, position, lineBytes, size, n);
            size += n;
            position = end;
            if (lineEnds) {
                break;
            }
        }
        if (size == 0) {
            return false;
        }
        lineNumber++;
        if (ascii) {
            if (chars.length < size) {
                chars = new char[Math.max(size, chars.length * 2)];
            }
            for (int i = 0; i < size; i++) {
                chars[i] = (char) lineBytes[i];
            }
            current = CharBuffer.wrap(chars, 0, size);
            return true;
        }
        try {
            current = decoder.reset().decode(ByteBuffer.wrap(lineBytes, 0, size));
        } catch (CharacterCodingException e) {
            throw new UndecodableLineException(lineNumber);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A line holds bytes that are not valid UTF-8. */
    static final class UndecodableLineException extends IOException {

        private static final long serialVersionUID = 1L;
        private final long line;

        UndecodableLineException(long line) {
            super("line " + line + " holds bytes that are not valid UTF-8");
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
