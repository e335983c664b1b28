package dev.aside.ui.server;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aside.engine.AsideException;
import dev.aside.engine.function.FunctionLimits;
import dev.aside.ui.Screen;
import dev.aside.ui.testing.ConsoleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The Server screen shows abandoned runaway functions and says when user functions need a restart. */
class ServerFunctionsTest {

    private static final String SPIN = "import dev.aside.engine.function.*;\n"
            + "public class Spin implements AsideFunction {\n"
            + "    public Object main(FunctionContext context) {\n"
            + "        java.nio.file.Path stop = java.nio.file.Path.of(context.params().string(\"stop\"));\n"
            + "        while (!java.nio.file.Files.exists(stop)) { Thread.interrupted(); }\n"
            + "        return \"stopped\";\n"
            + "    }\n"
            + "}\n";

    @RegisterExtension
    final ConsoleFixture console = new ConsoleFixture(settings -> settings
            .withFunctionTimeLimit(Duration.ofMillis(300))
            .withFunctionLimits(new FunctionLimits(2, Duration.ofSeconds(5), 1)));

    @Test
    void runawayFunctionPastItsTimeLimit_showsAsAbandoned_withRestartNeeded() throws Exception {
        FxRobot robot = console.show(Screen.SERVER);
        Label functions = robot.lookup("#server-functions").queryAs(Label.class);
        Path stop = console.temp().resolve("stop-spinning");
        console.engine().functions().deploy("spin", SPIN);
        try {
            assertThrows(AsideException.class,
                    () -> console.engine().functions().call("spin", Map.of("stop", stop.toString())));

            console.await(20, () -> functions.getText().contains("1 abandoned")
                    && functions.getText().contains("refused until a restart"));
        } finally {
            Files.writeString(stop, "stop");
        }
        console.await(20, () -> functions.getText().startsWith("0 running, 0 waiting, 0 abandoned"));
    }
}
