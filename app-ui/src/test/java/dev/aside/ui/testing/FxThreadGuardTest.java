package dev.aside.ui.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.ItemKey;
import dev.aside.engine.testing.TestFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The guard every console test relies on catches a load run on the FX thread, and only that. */
class FxThreadGuardTest {

    @TempDir
    Path temp;

    @Test
    void loadOnTheFxThread_isReported_loadOffIt_isNot() throws Exception {
        FxToolkit.registerPrimaryStage();
        TestFiles.write(temp.resolve("sor"), "a.json", "{\"a\":1}");
        TestFiles.write(temp.resolve("sor"), "b.json", "{\"b\":2}");
        EngineSettings settings = EngineSettings.fromEnvironment(Map.of()).withCacheRoot(temp.resolve("cache"))
                .withSdRoot(temp.resolve("sor")).withFunctionsDir(temp.resolve("functions"));
        try (AsideEngine engine = AsideEngine.open(settings)) {
            try (FxThreadGuard offFx = new FxThreadGuard(engine.cache())) {
                engine.cache().read(ItemKey.of("sd", "a.json"));
                assertDoesNotThrow(offFx::assertNoneSeen);
            }
            try (FxThreadGuard onFx = new FxThreadGuard(engine.cache())) {
                WaitForAsyncUtils.asyncFx(() -> engine.cache().read(ItemKey.of("sd", "b.json"))).get();
                assertThrows(AssertionError.class, onFx::assertNoneSeen);
            }
        }
    }
}
