package dev.aside.ui.server;

import dev.aside.rest.AsideServer;
import dev.aside.rest.ServerConfig;
import dev.aside.rest.auth.TokenStore;
import dev.aside.rest.telemetry.RequestRecord;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.CoalescedUpdate;
import dev.aside.ui.common.ConsoleContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Server screen: the REST server embedded over the console's own engine, so scripts on this
 * machine see and change the very cache on screen. Start and stop run in the background (Jetty
 * takes a moment either way); the request log follows the server's own listener.
 *
 * <p>The token is never shown in full: the screen shows whether there is one and copies it on
 * request, and the curl line on screen names it by a placeholder while the copied line carries it.
 */
public final class ServerViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerViewModel.class);

    static final String NOT_RUNNING = "The server is not running: Start it to get a curl line.";

    private final ConsoleContext context;
    private final StringProperty port = new SimpleStringProperty(this, "port");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Stopped");
    private final ReadOnlyStringWrapper tokenState = new ReadOnlyStringWrapper(this, "tokenState", "");
    private final ReadOnlyBooleanWrapper tokenRequired = new ReadOnlyBooleanWrapper(this, "tokenRequired");
    private final ObservableList<RequestRecord> requests = FXCollections.observableArrayList();
    private final StringBinding curl;
    /** Requests arrive on the server's threads, thousands a second under load: the list follows in one update per burst. */
    private final CoalescedUpdate requestsUpdate;
    private ServerConfig config;
    private AsideServer server;
    private AutoCloseable requestListener;

    public ServerViewModel(ConsoleContext context, ServerConfig config) {
        this.context = context;
        this.config = config;
        port.set(String.valueOf(config.port()));
        describeToken();
        requestsUpdate = new CoalescedUpdate(context.uiThread(), this::showRecentRequests);
        curl = Bindings.createStringBinding(() -> curlLine(false), context.selection().keyProperty(), url, tokenState);
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

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenStateProperty() {
        return tokenState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tokenRequiredProperty() {
        return tokenRequired.getReadOnlyProperty();
    }

    /** Newest first. */
    public ObservableList<RequestRecord> requests() {
        return requests;
    }

    /** The curl line for the selected item as shown: the token, if any, as {@code $ASIDE_TOKEN}. */
    public StringBinding curlProperty() {
        return curl;
    }

    public String bind() {
        return config.bind();
    }

    public void start() {
        if (running.get() || busy.get()) {
            return;
        }
        ServerConfig wanted;
        try {
            wanted = new ServerConfig(config.bind(), Integer.parseInt(port.get().strip()), config.token(),
                    config.corsOrigins(), config.threads(), config.requestLogSize());
        } catch (RuntimeException e) {
            context.dialogs().error("Cannot start the REST server", e instanceof NumberFormatException
                    ? new IllegalArgumentException("the port must be a number, e.g. 5000") : e);
            return;
        }
        busy.set(true);
        status.set("Starting…");
        context.tasks().execute(BackgroundTask.of("Start the REST server",
                        () -> AsideServer.create(context.engine(), wanted).start())
                .onSuccess(started -> {
                    config = wanted;
                    server = started;
                    requestListener = started.onRequest(r -> requestsUpdate.request());
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
        AsideServer stopping = server;
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

    /** Creates (or reuses) the stored token and restarts the server requiring it. */
    public void requireToken() {
        config = config.withToken(new TokenStore(context.engine().settings().cacheRoot()).loadOrCreate().value());
        describeToken();
        restartIfRunning();
    }

    public void copyToken() {
        if (config.token() != null) {
            context.dialogs().copyToClipboard(config.token());
            context.dialogs().info("Access token copied to the clipboard");
        }
    }

    public void copyCurl() {
        context.dialogs().copyToClipboard(curlLine(true));
        context.dialogs().info("curl line copied to the clipboard");
    }

    private void restartIfRunning() {
        if (server != null && running.get()) {
            AsideServer old = server;
            busy.set(true);
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

    /** The server's own log of recent requests, newest first. */
    private void showRecentRequests() {
        if (server != null) {
            List<RequestRecord> recent = new ArrayList<>(server.recentRequests());
            Collections.reverse(recent);
            requests.setAll(recent);
        }
    }

    private void describeToken() {
        tokenRequired.set(config.token() != null);
        tokenState.set(config.token() == null ? "none: only this machine can connect (bound to " + config.bind() + ")"
                : "required (" + "•".repeat(8) + ")");
    }

    /** Only for a server this console runs: a line to another program (or another Aside) on the port would mislead. */
    String curlLine(boolean withToken) {
        if (url.get().isEmpty()) {
            return NOT_RUNNING;
        }
        String key = context.selection().key();
        String base = url.get();
        String target = key == null || key.isBlank() ? "function=cache_head"
                : "function=read&path=" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        String header = config.token() == null ? ""
                : " -H \"Authorization: Bearer " + (withToken ? config.token() : "$ASIDE_TOKEN") + "\"";
        return "curl" + header + " \"" + base + "/cache/api/v1.0/?" + target + "\"";
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
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
