package io.bpohub.platform.shell;

import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writing a download (PDF, CSV, Excel) to a file on the Karaf server, put in place only once complete. */
final class ServerFiles {
    /** What writes the file's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ServerFiles() {
    }

    static void write(Path target, Content content) {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw PlatformException.invalid("file", "there is no directory " + dir + " on the Karaf server");
        }
        if (Files.isDirectory(target)) {
            throw PlatformException.invalid("file", target + " is a directory; give the path of the file to write");
        }
        // written beside the target and moved into place: a failed download leaves no half file, nor a clobbered old one;
        // the part file is created like any new file (not as a temp file), so the result gets the usual permissions
        Path part = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(part, target);
        } catch (IOException e) {
            throw PlatformException.invalid("file", "cannot write " + target + " (" + e.getClass().getSimpleName() + ")");
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // nothing more to do: the part file is hidden and named after the target
            }
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw PlatformException.invalid("file", "cannot read the size of " + file);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
