package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidParameterException;
import dev.aside.rest.auth.TokenStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access token: beyond loopback for everything but health and docs; for code always, loopback included. */
class TokenAuthTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final String API = "/cache/api/v1.0/";

    @TempDir
    Path temp;

    @Test
    void beyondLoopback_everyReadNeedsTheToken_healthAndDocsDoNot() {
        try (RunningServer server = RunningServer.start(temp, config -> config.withBind("0.0.0.0", TOKEN))) {
            server.source("file1.json", "{\"a\": 1}");
            String read = API + "?function=read&path=file1.json";
            ErrorStatusTest.assertError(server.get(read), 401, "unauthorized", "Bearer");
            ErrorStatusTest.assertError(send(server, read, "wrong-token"), 403, "forbidden", "not valid");
            assertEquals(200, send(server, read, TOKEN).statusCode());
            assertEquals(401, server.get("/api/v1/items").statusCode());
            assertEquals(401, server.get("/metrics").statusCode());
            assertEquals(200, server.get("/health").statusCode());
            assertEquals(200, server.get("/openapi.json").statusCode());
            assertFalse(server.server().recentRequests().toString().contains(TOKEN), "the token is never logged");
        }
    }

    @Test
    void onLoopback_theSeedsDataCallsNeedNoToken_codeAlwaysDoes() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"a\": 1}");
            assertEquals(200, server.get(API + "?function=create&path=file1.json").statusCode());
            assertEquals(200, server.get(API + "?function=read&path=file1.json").statusCode());
            assertEquals(200, server.get(API + "?function=echo&message=hi").statusCode(), "built-ins are reads");
            assertEquals(200, server.get(API + "?function=update&path=file1.json").statusCode());
            server.source("t.csv", "a\n1\n2\n");
            String storeAs = API + "?function=filter&key=t.csv&where=a%3E0&store_as=copies/t";
            assertEquals(200, server.get(storeAs).statusCode(), "store_as writes, and writes are open on loopback");
            assertEquals(200, server.send(HttpRequest.newBuilder(server.uri(API + "?path=file1.json")).DELETE()).statusCode());

            String deploy = API + "?function=function_create&function_name=x&function_body=y";
            ErrorStatusTest.assertError(server.get(deploy), 401, "unauthorized", "even on this machine");
            assertEquals(401, server.get(API + "?function=sql&query=SELECT%201").statusCode());
            assertEquals(401, server.get(API + "?function=no_such_user_function").statusCode());
            assertEquals(403, send(server, API + "?function=sql&query=SELECT%201", "wrong-token").statusCode());
            assertEquals(200, send(server, API + "?function=sql&query=SELECT%201", RunningServer.TOKEN).statusCode());
        }
    }

    @Test
    void writesLocked_onLoopback_deleteAndUpdateNeedTheToken_readsDoNot() {
        try (RunningServer server = RunningServer.start(temp, config -> config.withWritesNeedToken(true))) {
            server.source("file1.json", "{\"a\": 1}");
            assertEquals(200, server.get(API + "?function=read&path=file1.json").statusCode());
            assertEquals(401, server.get(API + "?function=delete&path=file1.json").statusCode());
            assertEquals(401, server.get(API + "?function=update&path=file1.json").statusCode());
            assertEquals(401, server.send(HttpRequest.newBuilder(server.uri(API + "?path=file1.json")).PUT(
                    HttpRequest.BodyPublishers.noBody())).statusCode());
            assertEquals(401, server.get(API + "?function=filter&key=file1.json&where=a%3E0&store_as=c/f").statusCode());
            assertEquals(200, send(server, API + "?function=delete&path=file1.json", RunningServer.TOKEN).statusCode());
        }
    }

    @Test
    void noToken_everythingIsOpenOnLoopback_asTheSeedWas() {
        try (RunningServer server = RunningServer.start(temp, config -> config.withToken(null))) {
            server.source("file1.json", "{\"a\": 1}");
            assertEquals(200, server.get(API + "?function=create&path=file1.json").statusCode());
            assertEquals(200, server.get(API + "?function=sql&query=SELECT%201").statusCode());
            assertEquals(200, server.get(API + "?function=delete&path=file1.json").statusCode());
        }
    }

    @Test
    void bindingBeyondLoopbackWithoutAToken_isRefused() {
        assertThrows(InvalidParameterException.class, () -> ServerConfig.loopback(0, null).withBind("0.0.0.0", null));
    }

    @Test
    void tokenStore_createsOwnerOnlyFileOnce_thenReusesIt() throws Exception {
        TokenStore store = new TokenStore(temp.resolve("data"));
        TokenStore.Token first = store.loadOrCreate();
        assertTrue(first.created());
        assertTrue(first.value().length() >= 43, "32 random bytes, URL-safe Base64");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        TokenStore.Token again = store.loadOrCreate();
        assertFalse(again.created());
        assertEquals(first.value(), again.value());
        assertNotEquals(first.value(), new TokenStore(temp.resolve("other")).loadOrCreate().value());
        assertFalse(first.toString().contains(first.value()));
    }

    private static HttpResponse<String> send(RunningServer server, String target, String token) {
        return server.send(HttpRequest.newBuilder(server.uri(target)).header("Authorization", "Bearer " + token));
    }
}
