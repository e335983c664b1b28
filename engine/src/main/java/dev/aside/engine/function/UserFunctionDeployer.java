package dev.aside.engine.function;

import dev.aside.engine.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Deploys and removes user functions sent as Java source (the seed's {@code function_create} and
 * delete): checks the name is free for user code, compiles before anything is saved, keeps the
 * source in the functions folder so it survives a restart, and tells the {@link FunctionFolderSync}
 * at once so the change is callable without waiting for a rescan.
 *
 * <p>Not thread-safe: the {@link FunctionRegistry} calls it under its lock, the one its rescans hold,
 * so a rescan never sees a file between its saving and its loading.
 */
final class UserFunctionDeployer {

    private final FunctionTable table;
    /** Null when no functions folder is configured: nothing can be deployed. */
    private final FunctionFolder folder;
    private final FunctionFolderSync sync;
    private final FunctionSourceLoader sourceLoader;

    UserFunctionDeployer(FunctionTable table, FunctionFolder folder, FunctionFolderSync sync,
            FunctionSourceLoader sourceLoader) {
        this.table = table;
        this.folder = folder;
        this.sync = sync;
        this.sourceLoader = sourceLoader;
    }

    /** See {@link FunctionRegistry#deploy}. */
    FunctionInfo deploy(String name, String javaSource) {
        FunctionNames.requireValid(name);
        if (folder == null) {
            throw new InvalidParameterException("No functions folder is configured, so functions cannot be deployed.");
        }
        RegisteredFunction existing = table.get(name);
        if (existing != null && existing.info().origin() != FunctionOrigin.USER) {
            throw new InvalidParameterException("'" + name + "' is a " + originName(existing)
                    + " function; choose another name.");
        }
        Path file = folder.sourceFile(name);
        RegisteredFunction function = sourceLoader.load(name, javaSource, file);
        FunctionFolder.writeAtomically(file, javaSource);
        sync.saved(file, CodeVersion.of(javaSource.getBytes(StandardCharsets.UTF_8)), function);
        return function.info();
    }

    /** See {@link FunctionRegistry#undeploy}. */
    void undeploy(String name) {
        RegisteredFunction existing = table.lookup(name);
        Path file = existing.info().sourceFile();
        if (existing.info().origin() != FunctionOrigin.USER || file == null || !FunctionFolder.isSource(file)) {
            throw new InvalidParameterException("'" + name + "' is a " + originName(existing)
                    + " function; only deployed functions can be deleted.");
        }
        FunctionFolder.delete(file);
        sync.deleted(file);
    }

    private static String originName(RegisteredFunction function) {
        return function.info().origin().name().toLowerCase(Locale.ROOT);
    }
}
