package org.opentvs.reconciliation.control;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.opentvs.platform.control.Sha256;

/**
 * A partner's file in our inbound directory: its bytes' SHA-256, its manifest
 * ({@code <name>.manifest.json}) when there is one, and the reason to refuse it, if any. Files are
 * {@code *.csv}, {@code *.jsonl} or {@code *.ndjson}; hidden files and {@code *.tmp} are a partner's
 * writes in progress and wait. Imported files move to {@code done/}, refused ones to
 * {@code quarantine/} with their manifest and a {@code <name>.error} file: nothing is deleted.
 */
public record InboundFile(Path path, String sha256, String text, PartnerEntryParser.Format format, ExchangeManifest manifest,
        String problem) {

    public static List<Path> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase();
                return !n.startsWith(".") && (n.endsWith(".csv") || n.endsWith(".jsonl") || n.endsWith(".ndjson"));
            }).sorted().toList();
        }
    }

    /** Reads the file and its manifest; a problem (too large, not UTF-8, bad or disagreeing manifest) is recorded, not thrown. */
    public static InboundFile read(Path path, long maxBytes) throws IOException {
        String name = path.getFileName().toString();
        PartnerEntryParser.Format format = name.toLowerCase().endsWith(".csv")
                ? PartnerEntryParser.Format.CSV
                : PartnerEntryParser.Format.JSONL;
        long size = Files.size(path);
        if (size > maxBytes) {
            return new InboundFile(path, null, null, format, null, "TOO_LARGE: " + size + " bytes, at most " + maxBytes);
        }
        byte[] bytes = Files.readAllBytes(path);
        String sha = Sha256.hex(bytes);
        Path manifestPath = manifestOf(path);
        ExchangeManifest manifest = null;
        if (Files.exists(manifestPath)) {
            try {
                manifest = ExchangeManifest.parse(Files.readString(manifestPath, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException | IOException e) {
                return new InboundFile(path, sha, null, format, null, "MANIFEST_UNREADABLE: " + e.getMessage());
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new InboundFile(path, sha, null, format, manifest, "NOT_UTF8: the file is not UTF-8 text");
        }
        String mismatch = manifest == null ? null : manifest.mismatch(name, sha, manifest.records());
        return new InboundFile(path, sha, text, format, manifest, mismatch);
    }

    public String name() {
        return path.getFileName().toString();
    }

    static Path manifestOf(Path path) {
        return path.resolveSibling(path.getFileName() + ExchangeManifest.SUFFIX);
    }

    /** Moves the file and its manifest into {@code done/}. */
    public static void done(Path path) throws IOException {
        moveWithManifest(path, path.resolveSibling("done"));
    }

    /** Moves the file and its manifest into {@code quarantine/} and writes the error beside them. */
    public static void quarantine(Path path, String error) throws IOException {
        Path target = moveWithManifest(path, path.resolveSibling("quarantine"));
        Files.writeString(target.resolveSibling(target.getFileName() + ".error"), error + "\n", StandardCharsets.UTF_8);
    }

    private static Path moveWithManifest(Path path, Path directory) throws IOException {
        Files.createDirectories(directory);
        String name = path.getFileName().toString();
        Path target = directory.resolve(name);
        for (int i = 1; Files.exists(target) || Files.exists(manifestOf(target)); i++) {
            target = directory.resolve(name + "." + i);
        }
        Path manifest = manifestOf(path);
        if (Files.exists(manifest)) {
            Files.move(manifest, manifestOf(target), StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.exists(path)) {
            Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }
}
