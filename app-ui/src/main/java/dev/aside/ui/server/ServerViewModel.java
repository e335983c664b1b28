package dev.aside.ui.server;

import dev.aside.engine.ItemKey;
import dev.aside.engine.function.FunctionWorkload;
import dev.aside.rest.AsideServer;
import dev.aside.rest.ServerConfig;
import dev.aside.rest.telemetry.RequestRecord;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.CoalescedUpdate;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.Repeating;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
 * <p>The server always has an access token (only a {@code --no-token} server has none): deploying and
 * running code need it even on this machine. The screen masks it until Show is pressed, copies it, and
 * the copied curl line carries it (on screen the line names it {@code $ASIDE_TOKEN} while it is masked).
 * Locking writes (deletes and reloads need the token too) is remembered through {@code rememberLock}
 * and restarts a running server.
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
    private final BooleanProperty tokenShown = new SimpleBooleanProperty(this, "tokenShown");
    private final BooleanProperty writesLocked = new SimpleBooleanProperty(this, "writesLocked");
    private final ReadOnlyStringWrapper functions = new ReadOnlyStringWrapper(this, "functions", "");
    private final ObservableList<RequestRecord> requests = FXCollections.observableArrayList();
    private final StringBinding curl;
    /** Requests arrive on the server's threads, thousands a second under load: the list follows in one update per burst. */
    private final CoalescedUpdate requestsUpdate;
    private ServerConfig config;
    private ServerLaunch server;
    private AutoCloseable requestListener;
    private final Repeating functionsPoll;

    /** @param rememberLock saves the "lock writes" switch so the next start has it */
    public ServerViewModel(ConsoleContext context, ServerConfig config, Consumer<Boolean> rememberLock) {
        this.functionsPoll = Repeating.every(Duration.ofSeconds(1), context.uiThread(), this::sampleFunctions);
        this.context = context;
        this.config = config;
        port.set(String.valueOf(config.port()));
        writesLocked.set(config.writesNeedToken());
        describeToken();
        tokenShown.addListener((obs, was, shown) -> describeToken());
        writesLocked.addListener((obs, was, locked) -> {
            this.config = this.config.withWritesNeedToken(locked);
            rememberLock.accept(locked);
            restartIfRunning();
        });
        requestsUpdate = new CoalescedUpdate(context.uiThread(), this::showRecentRequests);
        curl = Bindings.createStringBinding(() -> curlLine(tokenShown.get()), context.selection().keyProperty(), url,
                tokenShown);
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

    /** User functions' share of the server: running, waiting and abandoned calls (see {@link #sampleFunctions()}). */
    public ReadOnlyStringProperty functionsProperty() {
        return functions.getReadOnlyProperty();
    }

    /** Reads the engine's function workload now (counters in memory); sampled every second on the FX thread. */
    public void sampleFunctions() {
        FunctionWorkload work = context.engine().functions().workload();
        functions.set(work.running() + " running, " + work.queued() + " waiting, " + work.abandoned() + " abandoned (cap "
                + work.abandonedCap() + ")" + (work.needsRestart()
                        ? ": user functions are refused until a restart" : ""));
    }

    /** False only for a {@code --no-token} server. */
    public boolean hasToken() {
        return config.token() != null;
    }

    /** Whether the token is shown in full (and in the curl line on screen). */
    public BooleanProperty tokenShownProperty() {
        return tokenShown;
    }

    /** Whether deletes and reloads need the token on this machine too; changing it restarts the server. */
    public BooleanProperty writesLockedProperty() {
        return writesLocked;
    }

    /** Newest first. */
    public ObservableList<RequestRecord> requests() {
        return requests;
    }

    /** The curl line for the selected item as shown: the token as {@code $ASIDE_TOKEN} unless it is shown. */
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

    /** The server's own log of recent requests, newest first. */
    private void showRecentRequests() {
        if (server != null) {
            List<RequestRecord> recent = new ArrayList<>(server.server().recentRequests());
            Collections.reverse(recent);
            requests.setAll(recent);
        }
    }

    private void describeToken() {
        tokenState.set(config.token() == null ? "none (--no-token): anyone on this machine can run code here"
                : tokenShown.get() ? config.token() : "•".repeat(8));
    }

    /** Only for a server this console runs: a line to another program (or another Aside) on the port would mislead. */
    String curlLine(boolean withToken) {
        if (url.get().isEmpty()) {
            return NOT_RUNNING;
        }
        ItemKey key = context.selection().key();
        String base = url.get();
        String target = key == null ? "function=cache_head"
                : "function=read&path=" + URLEncoder.encode(key.path(), StandardCharsets.UTF_8).replace("%2F", "/")
                        + (key.isWritten() ? "" : "&storage=" + key.storage());
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
        functionsPoll.close();
        closeListener();
        context.team().left();
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
