package dev.aside.rest;

import dev.aside.engine.InvalidParameterException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A port free now on an address. A member must tell the cluster its REST address before it starts
 * listening, so {@code --port 0} is resolved to a real port first.
 */
final class FreePort {

    private FreePort() {}

    static int on(String bind) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bind))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new InvalidParameterException("No free port on " + bind + ": " + e.getMessage());
        }
    }
}
