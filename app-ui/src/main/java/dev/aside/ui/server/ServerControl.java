package dev.aside.ui.server;

import dev.aside.rest.AsideServer;
import dev.aside.rest.ServerConfig;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, stops and restarts the REST server embedded over the console's own engine, and keeps the
 * console's team membership with it: joined once the server answers, left before it stops (see
 * {@link ServerLaunch}). Start and stop run in the background (Jetty takes a moment either way);
 * the state they leave is set on the FX thread.
 *
 * <p>Locking writes is remembered through {@code rememberLock} and restarts a running server, since a
 * server takes its access rules when it starts.
 */
public final class ServerControl implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerControl.class);

    private final ConsoleContext context;
    private final Runnable onRequest;
    private final StringProperty port = new SimpleStringProperty(this, "port");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Stopped");
    private final BooleanProperty writesLocked = new SimpleBooleanProperty(this, "writesLocked");
    private ServerConfig config;
    private ServerLaunch server;
    private AutoCloseable requestListener;

    /**
     * @param rememberLock saves the "lock writes" switch so the next start has it
     * @param onRequest called on the server's threads for every request it answers
     */
    ServerControl(ConsoleContext context, ServerConfig config, Consumer<Boolean> rememberLock, Runnable onRequest) {
        this.context = context;
        this.config = config;
        this.onRequest = onRequest;
        port.set(String.valueOf(config.port()));
        writesLocked.set(config.writesNeedToken());
        writesLocked.addListener((obs, was, locked) -> {
            this.config = this.config.withWritesNeedToken(locked);
            rememberLock.accept(locked);
            restartIfRunning();
        });
    }

    public StringProperty portProperty() {
        return port;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running server's address; empty while it is not running. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether deletes and reloads need the token on this machine too; changing it restarts the server. */
    public BooleanProperty writesLockedProperty() {
        return writesLocked;
    }

    public String bind() {
        return config.bind();
    }

    /** The access token; null only for a {@code --no-token} server. Fixed for the console's life. */
    String token() {
        return config.token();
    }

    /** The server while it runs. */
    Optional<AsideServer> current() {
        return Optional.ofNullable(server).map(ServerLaunch::server);
    }

    public void start() {
        if (running.get() || busy.get()) {
            return;
        }
        ServerConfig wanted;
        try {
            wanted = config.withPort(Integer.parseInt(port.get().strip()));
        } catch (RuntimeException e) {
            context.dialogs().error("Cannot start the REST server", e instanceof NumberFormatException
                    ? new IllegalArgumentException("the port must be a number, e.g. 5000") : e);
            return;
        }
        busy.set(true);
        status.set("Starting…");
        context.tasks().execute(BackgroundTask.of("Start the REST server",
                        () -> ServerLaunch.start(context.engine(), wanted, context.team().settings()))
                .onSuccess(launched -> {
                    AsideServer started = launched.server();
                    config = wanted;
                    server = launched;
                    if (launched.member() != null) {
                        context.team().joined(launched.member());
                    }
                    requestListener = started.onRequest(r -> onRequest.run());
                    busy.set(false);
                    running.set(true);
                    url.set(started.url());
                    port.set(String.valueOf(started.port()));
                    status.set("Running on " + started.url());
                })
                .onFailure(error -> {
                    busy.set(false);
                    status.set("Not running: port " + wanted.port() + " is in use; choose another port and Start");
                    context.dialogs().error("The REST server could not start on port " + wanted.port()
                            + " (is another program using it?)", error);
                }));
    }

    public void stop() {
        if (server == null || busy.get()) {
            return;
        }
        ServerLaunch stopping = server;
        context.team().left();
        busy.set(true);
        status.set("Stopping…");
        context.tasks().execute(BackgroundTask.of("Stop the REST server", () -> {
                    closeListener();
                    stopping.stop();
                    return stopping;
                })
                .onSuccess(stopped -> stoppedNow())
                .onFailure(error -> {
                    stoppedNow();
                    context.dialogs().error("The REST server did not stop cleanly", error);
                }));
    }

    private void restartIfRunning() {
        if (server != null && running.get()) {
            ServerLaunch old = server;
            busy.set(true);
            context.team().left();
            context.tasks().execute(BackgroundTask.of("Restart the REST server", () -> {
                closeListener();
                old.stop();
                return old;
            }).onSuccess(stopped -> {
                stoppedNow();
                start();
            }).onFailure(error -> context.dialogs().error("The REST server did not restart", error)));
        }
    }

    private void stoppedNow() {
        server = null;
        busy.set(false);
        running.set(false);
        url.set("");
        status.set("Stopped");
    }

    private void closeListener() {
        if (requestListener != null) {
            try {
                requestListener.close();
            } catch (Exception e) {
                LOG.debug("Closing the request listener failed", e);
            }
            requestListener = null;
        }
    }

    /** Stops the server and waits for it: the console is closing. */
    @Override
    public void close() {
        closeListener();
        context.team().left();
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
