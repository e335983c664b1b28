package dev.aside.ui.functions;

import dev.aside.engine.FunctionCompileException;
import dev.aside.engine.function.FunctionInfo;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.ErrorMessages;
import java.nio.file.Files;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The function editor: a name and Java source, deployed live through the registry (the engine's
 * {@code function_create}). Compiling runs in the background; compile errors come back with their
 * line and column for the editor to mark, and nothing is deployed until the source compiles.
 */
public final class FunctionEditorViewModel {

    static final String TEMPLATE = """
            import dev.aside.engine.function.AsideFunction;
            import dev.aside.engine.function.FunctionContext;
            import java.util.Map;

            public class Greeting implements AsideFunction {
                @Override
                public Object main(FunctionContext context) {
                    String name = context.params().string("name", "analyst");
                    context.log().info("Greeting {}", name);
                    return Map.of("greeting", "Hello, " + name, "secondsLeft", context.remaining().toSeconds());
                }

                @Override
                public String description() {
                    return "Greets someone and says how long the call may still run.";
                }
            }
            """;

    private final ConsoleContext context;
    private final Consumer<String> deployed;
    private final StringProperty name = new SimpleStringProperty(this, "name", "greeting");
    private final StringProperty source = new SimpleStringProperty(this, "source", TEMPLATE);
    private final ObservableList<FunctionCompileException.Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper deploying = new ReadOnlyBooleanWrapper(this, "deploying");

    /** @param deployed told the name of each function deployed, to select it in the list */
    public FunctionEditorViewModel(ConsoleContext context, Consumer<String> deployed) {
        this.context = context;
        this.deployed = deployed;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObservableList<FunctionCompileException.Diagnostic> diagnostics() {
        return diagnostics;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty deployingProperty() {
        return deploying.getReadOnlyProperty();
    }

    /** Starts a new function from the template. */
    public void newFunction() {
        name.set("new_function");
        source.set(TEMPLATE);
        diagnostics.clear();
        status.set("A new function: name it, write it, deploy it.");
    }

    /** Loads a deployed function's source (read in the background) to edit and deploy again. */
    public void open(FunctionInfo function) {
        status.set("Opening " + function.name() + "…");
        context.tasks().execute(BackgroundTask.of("Open function " + function.name(),
                        () -> Files.readString(function.sourceFile()))
                .onSuccess(code -> {
                    name.set(function.name());
                    source.set(code);
                    diagnostics.clear();
                    status.set("Editing " + function.name() + ": deploy to replace it.");
                })
                .onFailure(error -> status.set("Could not open " + function.name() + ": " + ErrorMessages.describe(error))));
    }

    /** Compiles and deploys; on compile errors fills {@link #diagnostics()} and deploys nothing. */
    public void deploy() {
        String functionName = name.get() == null ? "" : name.get().strip();
        String code = source.get();
        deploying.set(true);
        status.set("Compiling " + functionName + "…");
        context.tasks().execute(BackgroundTask.of("Deploy " + functionName,
                        () -> context.engine().functions().deploy(functionName, code))
                .onSuccess(this::succeeded)
                .onFailure(this::failed));
    }

    private void succeeded(FunctionInfo info) {
        deploying.set(false);
        diagnostics.clear();
        status.set("Deployed " + info.name() + ": callable now from this console, REST and other functions.");
        context.dialogs().info("Deployed function " + info.name());
        deployed.accept(info.name());
    }

    private void failed(Throwable error) {
        deploying.set(false);
        if (error instanceof FunctionCompileException compile && !compile.diagnostics().isEmpty()) {
            diagnostics.setAll(compile.diagnostics());
            status.set(compile.diagnostics().size() + (compile.diagnostics().size() == 1 ? " compile error" : " compile errors")
                    + ": nothing was deployed.");
        } else {
            diagnostics.clear();
            status.set(ErrorMessages.describe(error));
        }
    }
}
