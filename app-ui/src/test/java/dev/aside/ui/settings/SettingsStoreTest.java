package dev.aside.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.EngineSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private static AppSettings withSecret(boolean remember) {
        return AppSettings.defaults().edit(b -> {
            b.s3Bucket = "bucket";
            b.s3Prefix = "data/";
            b.s3Region = "eu-west-1";
            b.s3AccessKey = "AKIA123";
            b.s3SecretKey = "s3cr3t-value";
            b.s3Endpoint = "http://127.0.0.1:9000";
            b.memoryLimit = "2g";
            b.port = 8181;
            b.darkTheme = true;
            b.rememberSecret = remember;
            b.lockWrites = true;
        });
    }

    @Test
    void save_withoutRemember_neverWritesTheSecret() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(withSecret(false));
        String text = Files.readString(store.file());
        assertFalse(text.contains("s3cr3t-value"), text);
        AppSettings loaded = store.load();
        assertEquals("bucket", loaded.s3Bucket());
        assertEquals("", loaded.s3SecretKey());
        assertEquals(8181, loaded.port());
        assertTrue(loaded.darkTheme());
        assertTrue(loaded.lockWrites(), "the server's write lock is remembered");
    }

    @Test
    void save_withRemember_keepsSecretInOwnerOnlyFile() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(withSecret(true));
        assertEquals("s3cr3t-value", store.load().s3SecretKey());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
    }

    @Test
    void toString_hidesTheSecret() {
        assertFalse(withSecret(true).toString().contains("s3cr3t-value"));
    }

    @Test
    void load_corruptFile_fallsBackToDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{nope");
        assertEquals(AppSettings.defaults(), new SettingsStore(dir).load());
    }

    @Test
    void load_fileFromBeforeTheFunctionsFolder_keepsItsValuesAndLeavesTheFolderUnset() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
                {"s3Bucket":"","s3Prefix":"","s3Region":"","s3Profile":"","s3AccessKey":"","s3SecretKey":"",
                 "s3Endpoint":"","driveFolder":"/data/desk","cacheFolder":"/data/cache","memoryLimit":"2g",
                 "port":8181,"darkTheme":true,"rememberSecret":false,"lockWrites":false}
                """);
        AppSettings loaded = new SettingsStore(dir).load();
        assertEquals("/data/desk", loaded.driveFolder());
        assertEquals(8181, loaded.port());
        assertEquals("", loaded.functionsFolder());
        Path fromEnvironment = StartupSettings.resolve(Map.of("LOCAL_FUNCTION_DIR", "/env/functions"), loaded, Map.of())
                .functionsDir();
        assertEquals(Path.of("/env/functions"), fromEnvironment, "with nothing saved, the environment decides");
    }

    @Test
    void resolve_functionsFolder_environmentThenSavedThenCommandLine() {
        Map<String, String> env = Map.of("LOCAL_FUNCTION_DIR", "/env/functions");
        AppSettings saved = AppSettings.defaults().edit(b -> b.functionsFolder = "/saved/functions");
        assertEquals(Path.of("/saved/functions"), StartupSettings.resolve(env, saved, Map.of()).functionsDir());
        assertEquals(Path.of("/cli/functions"),
                StartupSettings.resolve(env, saved, Map.of("functions-dir", "/cli/functions")).functionsDir());
    }

    @Test
    void resolve_nothingConfigured_usesRepositorySamplesWhenPresent() {
        EngineSettings settings = StartupSettings.resolve(Map.of(), AppSettings.defaults(), Map.of());
        Path samples = StartupSettings.bundledSamples();
        assertEquals(samples, settings.sdRoot());
    }

    @Test
    void resolve_savedS3AndCommandLine_layeredInOrder() {
        EngineSettings settings = StartupSettings.resolve(Map.of("REMOTE_STORAGE", "/env/data"), withSecret(true),
                Map.of("data-dir", "/cli/cache", "memory-limit", "512m"));
        assertEquals(Path.of("/env/data"), settings.sdRoot());
        assertEquals(Path.of("/cli/cache"), settings.cacheRoot());
        assertEquals(512L << 20, settings.memoryLimitBytes());
        assertEquals("bucket", settings.s3().bucket());
        assertEquals("AKIA123", settings.s3().accessKeyId());
    }
}
