package io.bpohub.core.imports;

import io.bpohub.api.contacts.FileFormat;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Uploaded import files on the server's disk, one folder per owner, named by their SHA-256: an import
 * records the file's SHA-256, so a resume after a restart finds exactly the bytes it started on. The
 * original name is kept beside the file. A file is written to a temporary name and moved into place, so
 * a half-written upload is never taken for a whole one.
 */
public final class Uploads {
    /** Larger files are refused: an import of several million rows is well below this. */
    static final long MAX_BYTES = 2L << 30;

    /** A stored upload. */
    public record Stored(String id, String fileName, FileFormat format, Path file, long bytes, Instant uploadedAt) {
    }

    private final Path root;

    public Uploads(Path root) {
        this.root = root;
    }

    public Stored store(String owner, String fileName, InputStream content) {
        FileFormat format = formatOf(fileName);
        Path dir = root.resolve(owner);
        try {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "upload-", ".partial");
            MessageDigest sha;
            long bytes;
            try (OutputStream file = Files.newOutputStream(partial); DigestOutputStream out = new DigestOutputStream(file, sha = sha256())) {
                bytes = copyBounded(content, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            if (bytes == 0) {
                Files.deleteIfExists(partial);
                throw PlatformException.invalid("file", "the uploaded file is empty");
            }
            String id = HexFormat.of().formatHex(sha.digest());
            Path target = dir.resolve(id + extension(format));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(dir.resolve(id + ".name"), fileName.strip(), StandardCharsets.UTF_8);
            return new Stored(id, fileName.strip(), format, target, bytes, Files.getLastModifiedTime(target).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("storing the upload " + fileName + " under " + dir + " failed", e);
        }
    }

    /** The upload {@code id} of {@code owner}; not found when it was never uploaded there. */
    public Stored find(String owner, String id) {
        if (id == null || !id.matches("[0-9a-f]{64}")) throw PlatformException.invalid("uploadId", "an upload id is the 64 hex digits upload returned");
        Path dir = root.resolve(owner);
        for (FileFormat format : FileFormat.values()) {
            Path file = dir.resolve(id + extension(format));
            if (Files.isRegularFile(file)) {
                try {
                    Path name = dir.resolve(id + ".name");
                    String fileName = Files.exists(name) ? Files.readString(name, StandardCharsets.UTF_8) : file.getFileName().toString();
                    return new Stored(id, fileName, format, file, Files.size(file), Files.getLastModifiedTime(file).toInstant());
                } catch (IOException e) {
                    throw new UncheckedIOException("reading upload " + id + " failed", e);
                }
            }
        }
        throw PlatformException.notFound("no upload " + id + " for " + owner + "; upload the file again");
    }

    static FileFormat formatOf(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw PlatformException.invalid("fileName", "a file name of 1 to 255 characters is required, ending in .csv, .txt or .xlsx");
        }
        String lower = fileName.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) return FileFormat.CSV;
        if (lower.endsWith(".xlsx")) return FileFormat.XLSX;
        if (lower.endsWith(".xls")) {
            throw PlatformException.invalid("fileName", "old Excel files (.xls) are not read; save the sheet as .xlsx or .csv and upload that");
        }
        throw PlatformException.invalid("fileName", "only .csv, .txt and .xlsx files can be imported: " + fileName);
    }

    private static String extension(FileFormat format) {
        return format == FileFormat.XLSX ? ".xlsx" : ".csv";
    }

    private static long copyBounded(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_BYTES) {
                throw PlatformException.invalid("file", "the file is larger than " + (MAX_BYTES >> 30) + " GiB; split it and import the parts");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
