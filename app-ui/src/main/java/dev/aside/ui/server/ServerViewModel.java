package dev.aside.ui.server;

import dev.aside.engine.ItemKey;
import dev.aside.engine.function.FunctionWorkload;
import dev.aside.rest.ServerConfig;
import dev.aside.rest.telemetry.RequestRecord;
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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Server screen's state around the REST server embedded over the console's own engine (run by
 * its {@link ServerControl}, so scripts on this machine see and change the very cache on screen): the
 * access token, the curl line for the selected item, the request log following the server's own
 * listener, and what user functions hold of it.
 *
 * <p>The server always has an access token (only a {@code --no-token} server has none): deploying and
 * running code need it even on this machine. The screen masks it until Show is pressed, copies it, and
 * the copied curl line carries it (on screen the line names it {@code $ASIDE_TOKEN} while it is masked).
 */
public final class ServerViewModel implements AutoCloseable {

    static final String NOT_RUNNING = "The server is not running: Start it to get a curl line.";

    private final ConsoleContext context;
    private final ServerControl server;
    private final ReadOnlyStringWrapper tokenState = new ReadOnlyStringWrapper(this, "tokenState", "");
    private final BooleanProperty tokenShown = new SimpleBooleanProperty(this, "tokenShown");
    private final ReadOnlyStringWrapper functions = new ReadOnlyStringWrapper(this, "functions", "");
    private final ObservableList<RequestRecord> requests = FXCollections.observableArrayList();
    private final StringBinding curl;
    /** Requests arrive on the server's threads, thousands a second under load: the list follows in one update per burst. */
    private final CoalescedUpdate requestsUpdate;
    private final Repeating functionsPoll;

    /** @param rememberLock saves the "lock writes" switch so the next start has it */
    public ServerViewModel(ConsoleContext context, ServerConfig config, Consumer<Boolean> rememberLock) {
        this.functionsPoll = Repeating.every(Duration.ofSeconds(1), context.uiThread(), this::sampleFunctions);
        this.context = context;
        requestsUpdate = new CoalescedUpdate(context.uiThread(), this::showRecentRequests);
        this.server = new ServerControl(context, config, rememberLock, requestsUpdate::request);
        describeToken();
        tokenShown.addListener((obs, was, shown) -> describeToken());
        curl = Bindings.createStringBinding(() -> curlLine(tokenShown.get()), context.selection().keyProperty(),
                server.urlProperty(), tokenShown);
    }

    /** Starts and stops the server. */
    public ServerControl server() {
        return server;
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
        return server.token() != null;
    }

    /** Whether the token is shown in full (and in the curl line on screen). */
    public BooleanProperty tokenShownProperty() {
        return tokenShown;
    }

    /** Newest first. */
    public ObservableList<RequestRecord> requests() {
        return requests;
    }

    /** The curl line for the selected item as shown: the token as {@code $ASIDE_TOKEN} unless it is shown. */
    public StringBinding curlProperty() {
        return curl;
    }

    public void copyToken() {
        if (server.token() != null) {
            context.dialogs().copyToClipboard(server.token());
            context.dialogs().info("Access token copied to the clipboard");
        }
    }

    public void copyCurl() {
        context.dialogs().copyToClipboard(curlLine(true));
        context.dialogs().info("curl line copied to the clipboard");
    }

    /** The server's own log of recent requests, newest first. */
    private void showRecentRequests() {
        server.current().ifPresent(running -> {
            List<RequestRecord> recent = new ArrayList<>(running.recentRequests());
            Collections.reverse(recent);
            requests.setAll(recent);
        });
    }

    private void describeToken() {
        tokenState.set(server.token() == null ? "none (--no-token): anyone on this machine can run code here"
                : tokenShown.get() ? server.token() : "•".repeat(8));
    }

    /** Only for a server this console runs: a line to another program (or another Aside) on the port would mislead. */
    String curlLine(boolean withToken) {
        String base = server.urlProperty().get();
        if (base.isEmpty()) {
            return NOT_RUNNING;
        }
        ItemKey key = context.selection().key();
        String target = key == null ? "function=cache_head"
                : "function=read&path=" + URLEncoder.encode(key.path(), StandardCharsets.UTF_8).replace("%2F", "/")
                        + (key.isWritten() ? "" : "&storage=" + key.storage());
        String header = server.token() == null ? ""
                : " -H \"Authorization: Bearer " + (withToken ? server.token() : "$ASIDE_TOKEN") + "\"";
        return "curl" + header + " \"" + base + "/cache/api/v1.0/?" + target + "\"";
    }

    /** Stops the sampling, then the server, and waits for it: the console is closing. */
    @Override
    public void close() {
        functionsPoll.close();
        server.close();
    }
}
