package dev.aside.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.ui.testing.SyncConsole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path temp;
    private SyncConsole console;
    private SettingsStore store;

    @BeforeEach
    void open() {
        console = new SyncConsole(temp);
        store = new SettingsStore(temp.resolve("config"));
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void invalidFields_listedAndNotSaved() {
        SettingsViewModel model = new SettingsViewModel(store, console.context());
        model.memoryLimitProperty().set("lots");
        model.portProperty().set("70000");
        model.s3EndpointProperty().set("not a url");
        model.s3AccessKeyProperty().set("AKIA");
        String problems = model.problemsProperty().get();
        assertTrue(problems.contains("Memory limit"), problems);
        assertTrue(problems.contains("Port must be between 1 and 65535"), problems);
        assertTrue(problems.contains("S3 endpoint must be a URL"), problems);
        assertTrue(problems.contains("needs its secret key"), problems);
        assertFalse(model.save());
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void save_appliesMemoryLimitNowAndKeepsSavedSecretWhenLeftEmpty() {
        SettingsViewModel first = new SettingsViewModel(store, console.context());
        first.s3BucketProperty().set("desk-data");
        first.s3AccessKeyProperty().set("AKIA");
        first.s3SecretKeyProperty().set("top-secret");
        first.rememberSecretProperty().set(true);
        first.memoryLimitProperty().set("64m");
        assertTrue(first.save(), first.problemsProperty().get());
        assertEquals(64L << 20, console.context().cache().policy().memoryLimitBytes());

        SettingsViewModel second = new SettingsViewModel(store, console.context());
        assertEquals("", second.s3SecretKeyProperty().get(), "a saved secret never comes back into the field");
        assertTrue(second.hasSavedSecret());
        second.portProperty().set("5050");
        assertTrue(second.save(), second.problemsProperty().get());
        assertEquals("top-secret", store.load().s3SecretKey());
        assertEquals(5050, store.load().port());
    }

    @Test
    void functionsFolder_showsTheOneInForce_acceptsAFolderThatCanBeMade_refusesAFile() throws Exception {
        SettingsViewModel model = new SettingsViewModel(store, console.context());
        assertEquals(console.context().engine().settings().functionsDir().toString(),
                model.functionsFolderProperty().get(), "the field shows the folder in force, not a hint");

        Path file = Files.writeString(temp.resolve("notes.txt"), "not a folder");
        model.functionsFolderProperty().set(file.toString());
        assertTrue(model.problemsProperty().get().contains("Functions folder"), model.problemsProperty().get());
        model.functionsFolderProperty().set(file.resolve("inside").toString());
        assertTrue(model.problemsProperty().get().contains("Functions folder"), "nothing can be made inside a file");

        Path toBeMade = temp.resolve("desk").resolve("functions");
        model.functionsFolderProperty().set(toBeMade.toString());
        assertEquals("", model.problemsProperty().get());
        assertTrue(model.save());
        assertEquals(toBeMade.toString(), store.load().functionsFolder());
        assertFalse(Files.exists(toBeMade), "made at the next start, which installs the sample functions into it");
    }

    @Test
    void save_foldersLeftAsShown_areNotPinned_soTheEnvironmentKeepsItsSay() {
        SettingsViewModel model = new SettingsViewModel(store, console.context());
        model.portProperty().set("5050");
        assertTrue(model.save(), model.problemsProperty().get());
        AppSettings saved = store.load();
        assertEquals(5050, saved.port());
        assertEquals("", saved.functionsFolder());
        assertEquals("", saved.cacheFolder());
        assertEquals("", saved.driveFolder());
    }
}
