package dev.ec2gateway.gateway.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The store's encryption key in {@code data.dir/secret.key}: base64 of 32 random bytes, made on first
 * start with owner-only permissions and refused when anyone else may read or write it.
 */
final class SecretKeyFile {
    static final String NAME = "secret.key";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private SecretKeyFile() {
    }

    /** Reads the key in {@code dataDir}, creating the directory and the key first if they do not exist. */
    static SecretBox load(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            createDirectory(dataDir);
            if (!Files.exists(file)) {
                try {
                    create(file);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            return new SecretBox(read(file));
        } catch (IOException e) {
            throw new StoreException("cannot use the key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (isPosix(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Creates the file with its final permissions in the same step, so it is never readable by others. */
    private static void create(Path file) throws IOException {
        FileAttribute<?>[] attributes = isPosix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        byte[] text = (Base64.getEncoder().encodeToString(SecretBox.newKey()) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
            channel.write(ByteBuffer.wrap(text));
            channel.force(true);
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (isPosix(file)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new StoreException("refusing to start: the key file " + file + " has permissions "
                        + PosixFilePermissions.toString(permissions)
                        + "; it must be readable and writable by its owner only (chmod 600 " + file + ")");
            }
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != SecretBox.KEY_BYTES) {
            throw new StoreException("the key file " + file + " does not hold a key (base64 of "
                    + SecretBox.KEY_BYTES + " bytes); restore it from a backup of this data directory");
        }
        return key;
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
