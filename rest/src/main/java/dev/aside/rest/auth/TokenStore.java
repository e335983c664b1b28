package dev.aside.rest.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The stored token, or a new one written with owner-only permissions; {@code created} says which. */
    public Token loadOrCreate() {
        try {
            if (Files.exists(file)) {
                return new Token(Files.readString(file, StandardCharsets.US_ASCII).trim(), false);
            }
            Files.createDirectories(file.getParent());
            String token = generate();
            write(token);
            return new Token(token, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the access token file " + file, e);
        }
    }

    private void write(String token) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("another server created " + file + " at the same time; start again", raced);
        }
        Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
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
