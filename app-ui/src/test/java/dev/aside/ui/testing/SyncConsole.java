package dev.aside.ui.testing;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.EngineSettings;
import dev.aside.engine.testing.TestFiles;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.CurrentThreadTaskExecutor;
import dev.aside.ui.common.DialogService;
import dev.aside.ui.common.ItemSelection;
import dev.aside.ui.common.Notification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A console context for view-model tests: a real engine over temp folders, every task run to its
 * end on the calling thread, the UI thread being the calling thread, and a dialog service that
 * records notifications and answers file choices with a preset path.
 */
public final class SyncConsole implements AutoCloseable {

    private final Path sorRoot;
    private final AsideEngine engine;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ConsoleContext context;

    public SyncConsole(Path temp) {
        this.sorRoot = temp.resolve("sor");
        this.engine = AsideEngine.open(EngineSettings.fromEnvironment(Map.of())
                .withCacheRoot(temp.resolve("cache")).withSdRoot(sorRoot).withFunctionsDir(temp.resolve("functions")));
        this.context = new ConsoleContext(engine, new CurrentThreadTaskExecutor(), dialogs, Runnable::run,
                new ItemSelection());
    }

    public void write(String relative, String content) {
        TestFiles.write(sorRoot, relative, content);
    }

    public ConsoleContext context() {
        return context;
    }

    public RecordingDialogs dialogs() {
        return dialogs;
    }

    @Override
    public void close() {
        engine.close();
    }

    /** Records what the console told the analyst; "saves" files where {@link #saveTo} says. */
    public static final class RecordingDialogs implements DialogService {
        public final List<Notification> notifications = new ArrayList<>();
        public final List<String> clipboard = new ArrayList<>();
        public Path saveTo;

        @Override
        public void notify(Notification notification) {
            notifications.add(notification);
        }

        @Override
        public Optional<Path> askSaveFile(String title, String suggestedName, String extension) {
            return Optional.ofNullable(saveTo);
        }

        @Override
        public Optional<Path> askFolder(String title) {
            return Optional.ofNullable(saveTo);
        }

        @Override
        public void copyToClipboard(String text) {
            clipboard.add(text);
        }
    }
}
