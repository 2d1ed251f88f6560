package org.lscp.workspace.app.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One workspace per embedded database folder: a second {@code ./workspace run} on the same folder would wait for
 * MariaDB's own lock and end after half a minute in a page of lock errors. The folder's lock file is held for as
 * long as the workspace runs (the operating system lets it go if the process dies), and a second start is refused at
 * once with what to do.
 */
final class DataFolderLock implements AutoCloseable {
    static final String FILE = ".workspace.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock take(Path folder) {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw cannotLock(folder, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // held by this very process: the channel stays open, as closing it would let go of that lock too (POSIX)
            throw held(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw cannotLock(folder, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw held(folder);
        }
        return new DataFolderLock(channel, lock);
    }

    private static StartupProblem cannotLock(Path folder, IOException e) {
        return new StartupProblem("Cannot lock the embedded database folder " + folder + ": " + e.getMessage(),
                "Check that the folder exists and that this user may write to it, or set "
                        + "workspace.embedded-db.data-dir to one it may.");
    }

    private static StartupProblem held(Path folder) {
        return new StartupProblem("Another workspace is already running on the embedded database in " + folder
                + " (a second ./workspace run?).",
                "Stop the other one first (Ctrl+C where it runs), or give this one its own folder with "
                        + "--workspace.embedded-db.data-dir=/some/other/folder.");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing held
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
