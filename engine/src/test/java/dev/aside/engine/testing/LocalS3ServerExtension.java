package dev.aside.engine.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link LocalS3Server} per test class, started before the first test and closed after the
 * last. Register it on a static field to reach the server, or with {@code @ExtendWith} and take a
 * {@code LocalS3Server} parameter in a test, {@code @BeforeEach} or {@code @BeforeAll} method.
 */
public final class LocalS3ServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private LocalS3Server server;

    /** The running server; only between the class's first and last test. */
    public LocalS3Server server() {
        if (server == null) {
            throw new IllegalStateException("LocalS3Server runs only while the test class runs;"
                    + " register the extension on a static field");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = LocalS3Server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalS3Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server();
    }
}
