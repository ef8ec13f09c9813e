package org.conferenceplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramReaderTest {

    @TempDir
    Path dir;

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @Test
    void emptyFileIsRefusedWithItsName() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.xml"), "");
        ImportResult r = reader.read(empty);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError()).get().hasToString("empty.xml: ERROR: the file is empty");
    }

    @Test
    void oversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: 1 GB on paper, nothing on disk
        }
        ImportResult r = reader.read(huge);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().message()).contains("1024.0 MB").contains("over the limit").contains("not read");
    }

    @Test
    void missingFileAndFolderAreRefused() {
        assertThat(reader.read(dir.resolve("nope.ics")).firstError().orElseThrow().message()).contains("does not exist");
        assertThat(reader.read(dir).firstError().orElseThrow().message()).contains("folder");
    }

    @Test
    void unknownContentIsRefusedWhateverTheName() throws IOException {
        Path png = Files.write(dir.resolve("schedule.xml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        ImportResult r = reader.read(png);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().message()).contains("not a program file");
    }
}
