package org.opentvs.crossing.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.opentvs.platform.control.Sha256;

/**
 * The default export destination: one JSON-lines file per batch under {@code <dir>/<DESTINATION>/},
 * named by batch number and content digest.
 * A batch file is written under a temporary name and renamed, so it appears whole or not at all; a
 * batch whose file already exists (the sender stopped before recording delivery) is not written again.
 */
public final class ExportDirectory {

    private final Path root;

    public ExportDirectory(Path root) {
        this.root = root;
    }

    public void write(OutboxBatches.Batch batch) throws IOException {
        Path dir = root.resolve(batch.destination());
        Files.createDirectories(dir);
        StringBuilder lines = new StringBuilder();
        batch.payloads().forEach(p -> lines.append(p).append('\n'));
        String digest = Sha256.hex(lines.toString()).substring(0, 16);
        Path file = dir.resolve(String.format("batch-%012d-%s.jsonl", batch.id(), digest));
        if (Files.exists(file)) {
            return;
        }
        Path temporary = dir.resolve(file.getFileName() + ".tmp");
        Files.writeString(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
