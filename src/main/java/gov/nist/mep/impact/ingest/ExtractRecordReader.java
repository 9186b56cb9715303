package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every record of one file kind, file after file in file order. Restartable: its position (file index and
 * records read in that file) is saved at each commit, and a restart skips to it.
 */
public class ExtractRecordReader implements ItemStreamReader<SourceRecord> {

    private static final Logger log = LoggerFactory.getLogger(ExtractRecordReader.class);

    private final FileKind kind;
    private final Path input;
    private final String keyPrefix;
    private List<ExtractFile> files;
    private int fileIndex;
    private long recordsInFile;
    private RecordFile current;

    public ExtractRecordReader(FileKind kind, Path input) {
        this.kind = kind;
        this.input = input;
        this.keyPrefix = "reader." + kind.name().toLowerCase() + ".";
    }

    @Override
    public void open(ExecutionContext context) {
        files = ExtractLayout.scan(input).files(kind);
        fileIndex = context.containsKey(keyPrefix + "file") ? context.getInt(keyPrefix + "file") : 0;
        long skip = context.containsKey(keyPrefix + "records") ? context.getLong(keyPrefix + "records") : 0;
        recordsInFile = 0;
        if (fileIndex < files.size()) {
            openCurrent(skip > 0);
            for (long i = 0; i < skip; i++) {
                if (current.next() == null) {
                    throw new ItemStreamException(files.get(fileIndex).relativePath()
                            + " changed since the interrupted run: it has fewer than " + skip + " records");
                }
                recordsInFile++;
            }
        }
    }

    private void openCurrent(boolean resuming) {
        ExtractFile file = files.get(fileIndex);
        log.info("  {} {} ({} of {}){}", kind.label(), file.relativePath(), fileIndex + 1, files.size(),
                resuming ? " resuming" : "");
        current = RecordFile.open(file);
    }

    @Override
    public SourceRecord read() {
        while (fileIndex < files.size()) {
            if (current == null) {
                recordsInFile = 0;
                openCurrent(false);
            }
            SourceRecord record = current.next();
            if (record != null) {
                recordsInFile++;
                return record;
            }
            closeCurrent();
            fileIndex++;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(keyPrefix + "file", fileIndex);
        context.putLong(keyPrefix + "records", recordsInFile);
    }

    @Override
    public void close() {
        closeCurrent();
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                log.warn("could not close {}: {}", files.get(fileIndex).relativePath(), e.getMessage());
            }
            current = null;
        }
    }
}
