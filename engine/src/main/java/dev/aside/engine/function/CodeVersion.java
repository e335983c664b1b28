package dev.aside.engine.function;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short content hashes that name a version of a function's code (and of a call's parameters). */
final class CodeVersion {

    /** 16 hex digits (64 bits): collisions among one function's versions are out of reach. */
    private static final int HEX_DIGITS = 16;

    private CodeVersion() {}

    static String of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a class's own bytes: changes whenever the built-in or plugin class is rebuilt differently. */
    static String ofClass(Class<?> type) {
        String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in == null ? of(type.getName()) : of(in.readAllBytes());
        } catch (IOException e) {
            return of(type.getName());
        }
    }
}
