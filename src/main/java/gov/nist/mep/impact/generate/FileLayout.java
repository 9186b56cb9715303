package gov.nist.mep.impact.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * How one record file is written: its header (columns in file order, maybe without optional columns, maybe with an
 * extra column the contract says to ignore), CSV or JSON Lines, and whether it starts with a byte-order mark.
 *
 * @param header  column names in file order
 * @param source  for each file column, its index in the kind's canonical row, or -1 for the extra column
 */
record FileLayout(RecordKind kind, List<String> header, int[] source, boolean jsonLines, boolean byteOrderMark) {

    static final String EXTRA_COLUMN = "notes";
    static final String EXTRA_VALUE = "reviewed, no issues";

    static FileLayout canonical(RecordKind kind) {
        return of(kind, kind.columns(), false, false);
    }

    static FileLayout jsonLines(RecordKind kind) {
        return of(kind, kind.columns(), true, false);
    }

    static FileLayout withByteOrderMark(RecordKind kind) {
        return of(kind, kind.columns(), false, true);
    }

    static FileLayout shuffled(RecordKind kind, SplittableRandom random) {
        List<String> columns = new ArrayList<>(kind.columns());
        Collections.shuffle(columns, new Random(random.nextLong()));
        return of(kind, columns, false, false);
    }

    static FileLayout withoutOptionalColumns(RecordKind kind) {
        List<String> columns = new ArrayList<>(kind.columns());
        columns.removeAll(kind.droppableColumns());
        return of(kind, columns, false, false);
    }

    static FileLayout withExtraColumn(RecordKind kind, SplittableRandom random) {
        List<String> columns = new ArrayList<>(kind.columns());
        columns.add(random.nextInt(columns.size() + 1), EXTRA_COLUMN);
        return of(kind, columns, false, false);
    }

    private static FileLayout of(RecordKind kind, List<String> header, boolean jsonLines, boolean byteOrderMark) {
        int[] source = new int[header.size()];
        for (int i = 0; i < source.length; i++) {
            source[i] = EXTRA_COLUMN.equals(header.get(i)) ? -1 : kind.column(header.get(i));
        }
        return new FileLayout(kind, List.copyOf(header), source, jsonLines, byteOrderMark);
    }

    String extension() {
        return jsonLines ? ".jsonl" : ".csv";
    }
}
