package org.corridorsim.experiment.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers, and whoever looks after a crash, see either the old file or
 * the complete new one: the content goes to a hidden temporary file in the same directory, is
 * forced to disk, and is then renamed over the target in one atomic step.
 */
final class AtomicFiles {

    /** What to write; the writer buffers and is closed by {@link #write}. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content} in UTF-8, creating missing parent directories.
     * If writing fails the temporary file is removed and {@code target} is left as it was.
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = createTemporary(directory, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    Writer out = new BufferedWriter(
                            new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8))) {
                content.writeTo(out);
                out.flush();
                // Without this a crash after the rename could leave an empty file under the target's name.
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Replaces {@code target} with {@code text}; see {@link #write(Path, Content)}. */
    static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    // Files.createTempFile would make the file owner-only on POSIX, and the rename would carry
    // that over to the result; CREATE_NEW keeps the default permissions and still never clobbers.
    private static Path createTemporary(Path directory, String name) throws IOException {
        while (true) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
            Path temporary = directory.resolve("." + name + "." + suffix + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same suffix; draw again
            }
        }
    }
}
