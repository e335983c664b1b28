package dev.aside.rest.auth;

import dev.aside.engine.function.FunctionEffect;
import dev.aside.engine.function.FunctionInfo;
import dev.aside.engine.function.FunctionOrigin;

/**
 * What a call to a function needs, from the effect the function declares where it is defined: the
 * one place functions map to access, so no route lists functions by name.
 */
public final class FunctionAccess {

    private FunctionAccess() {}

    /**
     * Runs caller-supplied code (SQL) or any user or plugin function: {@link Access#CODE}, the token
     * on every bind. Writes the cache, or stores its result under a key the caller names
     * ({@code store_as}): {@link Access#WRITE}. Otherwise {@link Access#READ}.
     *
     * @param storesResult true when the call asks to keep its result under a key ({@code store_as})
     */
    public static Access of(FunctionInfo function, boolean storesResult) {
        if (function.origin() != FunctionOrigin.BUILTIN || function.effect() == FunctionEffect.RUNS_CALLER_CODE) {
            return Access.CODE;
        }
        if (function.effect() == FunctionEffect.WRITES_CACHE || storesResult) {
            return Access.WRITE;
        }
        return Access.READ;
    }
}
