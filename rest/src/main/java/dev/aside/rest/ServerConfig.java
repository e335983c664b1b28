package dev.aside.rest;

import dev.aside.engine.InvalidParameterException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * How an {@link AsideServer} listens.
 *
 * @param bind the address to bind; {@code 127.0.0.1} keeps the server private to this machine
 * @param port the port, or 0 for any free one
 * @param token the access token, or null for none: the seed's open server, chosen only by {@code --no-token} and
 *     allowed only on loopback (see {@link dev.aside.rest.auth.AccessGuard})
 * @param writesNeedToken whether deleting and reloading items needs the token on loopback too
 * @param corsOrigins origins allowed by CORS; empty (the default) sends no CORS headers at all
 * @param threads Jetty's worker threads; small on purpose, since handlers never wait on each other
 * @param requestLogSize how many recent requests {@link AsideServer#recentRequests()} keeps
 */
public record ServerConfig(String bind, int port, String token, boolean writesNeedToken, List<String> corsOrigins,
        int threads, int requestLogSize) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 5000;
    /**
     * Jetty's selector and acceptor come out of this pool too; on 2 cores LoadBench measured 8 threads
     * starving the hit path (17k req/s at 16 connections) and 16 or 32 both near 38k.
     */
    public static final int DEFAULT_THREADS = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
    public static final int DEFAULT_REQUEST_LOG_SIZE = 500;

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new InvalidParameterException("Port must be between 0 and 65535, was " + port + ".");
        }
        if (threads < 4) {
            throw new InvalidParameterException("The server needs at least 4 threads, was " + threads + ".");
        }
        if (requestLogSize < 1) {
            throw new InvalidParameterException("The request log must keep at least 1 request, was " + requestLogSize + ".");
        }
        if (token != null && token.isBlank()) {
            throw new InvalidParameterException("An access token cannot be blank.");
        }
        corsOrigins = List.copyOf(corsOrigins);
        if (token == null && !isLoopback(bind)) {
            throw new InvalidParameterException("Binding to " + bind + " (beyond this machine) needs an access token; "
                    + "--no-token is for loopback only.");
        }
    }

    /** The seed's address, loopback, with an access token (null only for {@code --no-token}). */
    public static ServerConfig loopback(int port, String token) {
        return new ServerConfig(LOOPBACK, port, token, false, List.of(), DEFAULT_THREADS, DEFAULT_REQUEST_LOG_SIZE);
    }

    public ServerConfig withBind(String address, String accessToken) {
        return new ServerConfig(address, port, accessToken, writesNeedToken, corsOrigins, threads, requestLogSize);
    }

    public ServerConfig withPort(int number) {
        return new ServerConfig(bind, number, token, writesNeedToken, corsOrigins, threads, requestLogSize);
    }

    public ServerConfig withToken(String accessToken) {
        return new ServerConfig(bind, port, accessToken, writesNeedToken, corsOrigins, threads, requestLogSize);
    }

    public ServerConfig withWritesNeedToken(boolean locked) {
        return new ServerConfig(bind, port, token, locked, corsOrigins, threads, requestLogSize);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(bind, port, token, writesNeedToken, origins, threads, requestLogSize);
    }

    public ServerConfig withThreads(int count) {
        return new ServerConfig(bind, port, token, writesNeedToken, corsOrigins, count, requestLogSize);
    }

    /** True when only this machine can reach the server. */
    public boolean loopbackOnly() {
        return isLoopback(bind);
    }

    public static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new InvalidParameterException("Cannot bind to '" + address + "': no such address on this machine.");
        }
    }
}
