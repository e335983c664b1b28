package dev.aside.ui.functions;

import dev.aside.ui.common.grid.TableGridModel;

/** A finished call's result as the Functions screen renders it. */
public sealed interface FunctionOutput {

    /** What the call returned and how long it took, for the result header. */
    String summary();

    record TableOutput(String summary, TableGridModel grid) implements FunctionOutput {}

    record JsonOutput(String summary, String json) implements FunctionOutput {}

    /** A string result, or bytes shown as a hex dump. */
    record TextOutput(String summary, String text) implements FunctionOutput {}
}
