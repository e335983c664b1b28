package dev.aside.rest.auth;

import dev.aside.engine.InvalidParameterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a server's access token comes from, first found wins: {@code --token}, {@code --token-file FILE},
 * the {@code ASIDE_TOKEN} environment variable, else the token stored in {@code <data-dir>/server.token}
 * (made on first start). A server always has one; only {@code --no-token} goes without. The file and the
 * variable keep the token out of {@code ps}. The headless server and the console both resolve it here.
 *
 * @param value the token; never print or log it
 * @param origin where it came from, safe to print: a file's path, never the token
 */
public record TokenSource(String value, String origin) {

    public static final String ENVIRONMENT_VARIABLE = "ASIDE_TOKEN";

    /**
     * @param explicit {@code --token}, or null
     * @param tokenFile {@code --token-file}, or null
     * @param environment the process environment
     * @param dataDir the data folder that holds {@code server.token}
     * @throws InvalidParameterException for a token file that cannot be read or is empty
     */
    public static TokenSource resolve(String explicit, Path tokenFile, Map<String, String> environment, Path dataDir) {
        if (explicit != null && !explicit.isBlank()) {
            return new TokenSource(explicit.trim(), "given by --token");
        }
        if (tokenFile != null) {
            return new TokenSource(read(tokenFile), "read from " + tokenFile.toAbsolutePath());
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new TokenSource(fromEnvironment.trim(), "from " + ENVIRONMENT_VARIABLE);
        }
        TokenStore store = new TokenStore(dataDir);
        TokenStore.Token stored = store.loadOrCreate();
        return new TokenSource(stored.value(), (stored.created() ? "new, stored in " : "stored in ")
                + store.file().toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (token.isEmpty()) {
                throw new InvalidParameterException("The token file " + file + " is empty.");
            }
            return token;
        } catch (IOException e) {
            throw new InvalidParameterException("Cannot read the token file " + file + ": " + e.getMessage() + ".", e);
        }
    }

    @Override
    public String toString() {
        return "TokenSource[" + origin + "]";
    }
}
