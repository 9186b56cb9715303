package gov.nist.mep.impact.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a template file the publications team edits (a section, a Notes text, the rules in words, the fact sheets'
 * summary) as UTF-8 text, refusing with the file named, and the line where it can be, what cannot be a template: a
 * missing, empty or binary file, or one saved in another encoding. A byte-order mark is dropped.
 */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    /**
     * The file's text.
     *
     * @param label how messages name the file, e.g. {@code annual-report/30-funding.md}
     * @throws TemplateException naming the file (and line) when it cannot be a template
     */
    public static String read(Path file, String label) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw missing(label);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new TemplateException(label + " is a folder, not a file. Fix: put the template file there");
            }
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new TemplateException(label + " is not a text file (it holds binary data at line " + line(bytes,
                        i) + "). Fix: restore the text (the built-in report-templates have every file)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes);
            throw TemplateException.at(label, line(bytes, at), String.format("is not UTF-8 text (byte 0x%02X)."
                    + " Fix: save the file as UTF-8", bytes[at] & 0xff));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new TemplateException(label + " is empty. Fix: write its text, or restore it from the built-in"
                    + " report-templates");
        }
        return text;
    }

    /** The problem of a template file that is not there. */
    public static TemplateException missing(String label) {
        return new TemplateException(label + " is missing. Fix: restore it (the built-in report-templates have it), or"
                + " name a complete templates folder with --templates DIR");
    }

    private static int line(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The index of the first byte that does not decode as UTF-8. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }
}
