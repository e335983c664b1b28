package dev.aside.rest.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The server's access token in {@code <data-dir>/server.token}, readable by its owner only. The
 * token is made once (32 random bytes, URL-safe Base64) and reused on every later start, so
 * scripts keep working across restarts.
 */
public final class TokenStore {

    public static final String FILE_NAME = "server.token";
    private static final int TOKEN_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    public TokenStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /**
     * The stored token, or a new one written with owner-only permissions; {@code created} says which.
     * A blank file (left by a start that crashed mid-write before writes were atomic) holds no usable
     * token, so it is replaced by a new one.
     */
    public Token loadOrCreate() {
        try {
            boolean exists = Files.exists(file);
            if (exists) {
                String stored = Files.readString(file, StandardCharsets.US_ASCII).trim();
                if (!stored.isEmpty()) {
                    return new Token(stored, false);
                }
            }
            String token = generate();
            write(token, exists);
            return new Token(token, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the access token file " + file, e);
        }
    }

    /**
     * Writes a whole owner-only temp file beside the target, then publishes it in one step, so a crash
     * never leaves a partial token file. A new file is published as a hard link, which fails rather
     * than replace a file another server published meanwhile (a rename would silently replace it);
     * where links are not supported, and to replace a blank file, an atomic rename is used.
     */
    private void write(String token, boolean replaceBlank) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = ownerOnlyTempFile();
        try {
            Files.writeString(temp, token + "\n", StandardCharsets.US_ASCII);
            if (replaceBlank) {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } else {
                publishNew(temp);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void publishNew(Path temp) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("another server created " + file + " at the same time; start again", raced);
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private Path ownerOnlyTempFile() throws IOException {
        try {
            return Files.createTempFile(file.getParent(), FILE_NAME + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(file.getParent(), FILE_NAME + ".", ".tmp");
        }
    }

    static String generate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param value the token; never log it
     * @param created true when this call generated it
     */
    public record Token(String value, boolean created) {
        @Override
        public String toString() {
            return "Token[set, created=" + created + "]";
        }
    }
}
