package dev.aside.engine.function;

import dev.aside.engine.FunctionNotFoundException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The class loader of one plugin jar, closed only when the jar is gone and no call uses it.
 *
 * <p>A plugin may load its classes lazily, in the middle of a call. Closing the loader as soon as the
 * jar is replaced or removed would fail such a call with a {@code NoClassDefFoundError}, so each
 * call holds a {@link Use} while it runs and the loader closes when it has been {@link #retire()}d and
 * the last use ends. Thread-safe.
 */
final class PluginClassLoader extends URLClassLoader {

    /** Ends one call's use of the loader; close it exactly once. */
    interface Use extends AutoCloseable {
        @Override
        void close();
    }

    /** Guards the counts below; the loader's own monitor belongs to class loading. */
    private final Object lock = new Object();
    private int uses;
    private boolean retired;

    PluginClassLoader(Path jar) throws MalformedURLException {
        super("plugin-" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, AsideFunction.class.getClassLoader());
    }

    /**
     * Keeps the classes loadable until the returned use is closed.
     *
     * @throws FunctionNotFoundException when the jar was already removed and its loader closed
     */
    Use use(String function) {
        synchronized (lock) {
            if (retired && uses == 0) {
                throw new FunctionNotFoundException("Function '" + function + "' was removed before the call started.");
            }
            uses++;
        }
        return this::endUse;
    }

    private void endUse() {
        synchronized (lock) {
            uses--;
            closeIfUnused();
        }
    }

    /** The jar was replaced or removed: close now, or when the last running call ends. */
    void retire() {
        synchronized (lock) {
            retired = true;
            closeIfUnused();
        }
    }

    private void closeIfUnused() {
        if (retired && uses == 0) {
            try {
                close();
            } catch (IOException e) {
                // the jar stays open until collected; nothing a caller could do about it
            }
        }
    }
}
