package gov.nist.mep.impact.ingest;

import java.nio.file.Path;

/**
 * One file of the extract: its kind, its ordinal (position of its relative path in the sorted list of every file of
 * the extract, so that ordinals follow file order), its path relative to the extract with '/' separators, and where it
 * is on disk.
 */
public record ExtractFile(FileKind kind, int ordinal, String relativePath, Path path) {
}
