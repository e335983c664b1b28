package dev.aside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void launcher_isNotAnApplication() {
        assertFalse(javafx.application.Application.class.isAssignableFrom(Launcher.class));
    }

    @Test
    void run_badOption_printsOneLineAndUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(new String[] {"--colour", "red"}, Map.of(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Unknown option '--colour'"), text);
        assertEquals(1, text.lines().count(), text);
    }

    @Test
    void parse_serverOptionsInBothForms() {
        LaunchOptions options = LaunchOptions.parse("--headless", "--port", "9000", "--sd-root=/data", "--token", "t");
        assertTrue(options.headless());
        assertEquals("9000", options.value("port"));
        assertEquals("/data", options.value("sd-root"));
        assertEquals(java.util.List.of("--port", "9000", "--sd-root=/data", "--token", "t"), options.serverArgs());
    }

    @Test
    void parse_serveAsFirstArgument_isHeadless() {
        LaunchOptions options = LaunchOptions.parse("serve", "--port", "9000");
        assertTrue(options.headless());
        assertEquals(java.util.List.of("--port", "9000"), options.serverArgs());
    }

    @Test
    void parse_serveAfterAnOption_isAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse("--port", "9000", "serve"));
        assertTrue(e.getMessage().startsWith("Unexpected argument 'serve'"), e.getMessage());
    }

    @Test
    void parse_optionWithoutValue_isAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--port"));
        assertTrue(e.getMessage().contains("needs a value"));
    }

    @Test
    void displayAvailable_linuxWithoutDisplayOrMonocle_isFalse() {
        String platform = System.getProperty("glass.platform");
        String os = System.getProperty("os.name");
        try {
            System.clearProperty("glass.platform");
            System.setProperty("os.name", "Linux");
            assertFalse(Launcher.displayAvailable(Map.of()));
            assertTrue(Launcher.displayAvailable(Map.of("DISPLAY", ":99")));
            assertTrue(Launcher.displayAvailable(Map.of("WAYLAND_DISPLAY", "wayland-0")));
        } finally {
            System.setProperty("os.name", os);
            if (platform != null) {
                System.setProperty("glass.platform", platform);
            }
        }
    }
}
