package dev.aside.engine.testing;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Starts and stops S3Proxy in a class loader of its own.
 *
 * <p>S3Proxy's {@code jar-with-dependencies} bundles, unrelocated, its own Guava 33, Jackson 2.18,
 * Netty, Apache HttpClient, SLF4J and Logback. On the test class path those clash with ours (Tablesaw
 * pins Guava 30; SLF4J would find two bindings), and whichever copy comes first wins. Loading the
 * jar in an isolated {@link URLClassLoader} whose parent is the platform loader keeps both worlds
 * whole, so the API is reached by reflection: {@code ContextBuilder}, {@code BlobStore} and
 * {@code S3Proxy.Builder}, a handful of calls. The loader is created once per JVM, so later servers
 * start without loading the jar's classes again.
 *
 * <p>The jar is found through the system property {@value #JAR_PROPERTY} (the engine's surefire
 * configuration sets it and keeps the jar off the class path), else on the class path, as an IDE
 * that ignores surefire's settings puts it there.
 */
final class S3ProxyLauncher {

    static final String JAR_PROPERTY = "aside.s3proxy.jar";

    private static ClassLoader loader;

    private final Object proxy;
    private final Object context;

    private S3ProxyLauncher(Object proxy, Object context) {
        this.proxy = proxy;
        this.context = context;
    }

    /** Serves {@code baseDir} (one folder per bucket) on 127.0.0.1, on a free port. */
    static S3ProxyLauncher start(Path baseDir, String bucket, String accessKey, String secretKey) {
        ClassLoader s3proxy = loader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // jclouds finds its "filesystem" provider through ServiceLoader on the context loader.
        thread.setContextClassLoader(s3proxy);
        try {
            Class<?> contextBuilderType = s3proxy.loadClass("org.jclouds.ContextBuilder");
            Class<?> contextType = s3proxy.loadClass("org.jclouds.blobstore.BlobStoreContext");
            Class<?> blobStoreType = s3proxy.loadClass("org.jclouds.blobstore.BlobStore");
            Class<?> locationType = s3proxy.loadClass("org.jclouds.domain.Location");
            Class<?> proxyType = s3proxy.loadClass("org.gaul.s3proxy.S3Proxy");
            Class<?> authType = s3proxy.loadClass("org.gaul.s3proxy.AuthenticationType");

            Properties overrides = new Properties();
            overrides.setProperty("jclouds.filesystem.basedir", baseDir.toString());
            Object builder = call(contextBuilderType, null, "newBuilder", "filesystem");
            call(contextBuilderType, builder, "overrides", overrides);
            Object context = contextBuilderType.getMethod("build", Class.class).invoke(builder, contextType);
            Object blobStore = call(contextType, context, "getBlobStore");
            blobStoreType.getMethod("createContainerInLocation", locationType, String.class)
                    .invoke(blobStore, null, bucket);

            Object proxyBuilder = call(proxyType, null, "builder");
            Class<?> proxyBuilderType = proxyBuilder.getClass();
            proxyBuilderType.getMethod("blobStore", blobStoreType).invoke(proxyBuilder, blobStore);
            proxyBuilderType.getMethod("endpoint", URI.class).invoke(proxyBuilder, URI.create("http://127.0.0.1:0"));
            proxyBuilderType.getMethod("awsAuthentication", authType, String.class, String.class)
                    .invoke(proxyBuilder, authType.getField("AWS_V2_OR_V4").get(null), accessKey, secretKey);
            Object proxy = call(proxyBuilderType, proxyBuilder, "build");
            call(proxyType, proxy, "start");
            return new S3ProxyLauncher(proxy, context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("S3Proxy could not start: " + rootCause(e), rootCause(e));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    int port() {
        return (Integer) invoke("getPort");
    }

    void stop() {
        invoke("stop");
        try {
            context.getClass().getMethod("close").invoke(context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("S3Proxy's blob store did not close: " + rootCause(e), rootCause(e));
        }
    }

    private Object invoke(String method) {
        try {
            return call(proxy.getClass(), proxy, method);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("S3Proxy " + method + " failed: " + rootCause(e), rootCause(e));
        }
    }

    private static Object call(Class<?> type, Object target, String name, Object... args)
            throws ReflectiveOperationException {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && accepts(method.getParameterTypes(), args)) {
                return method.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    /** Picks among overloads such as {@code newBuilder(String)} and {@code newBuilder(ApiMetadata)}. */
    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (!parameters[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause instanceof InvocationTargetException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static synchronized ClassLoader loader() {
        if (loader == null) {
            // Our logback-test.xml comes first, so logback prefers it to the jar's INFO-level logback.xml.
            URL logging = S3ProxyLauncher.class.getResource("s3proxy-logging/");
            loader = new URLClassLoader("s3proxy", new URL[] {logging, jarUrl()},
                    ClassLoader.getPlatformClassLoader());
        }
        return loader;
    }

    private static URL jarUrl() {
        try {
            String property = System.getProperty(JAR_PROPERTY);
            if (property != null && !property.isBlank() && Files.isRegularFile(Path.of(property))) {
                return Path.of(property).toUri().toURL();
            }
            URL onClassPath = ClassLoader.getSystemResource("org/gaul/s3proxy/S3Proxy.class");
            if (onClassPath != null && onClassPath.getProtocol().equals("jar")) {
                String jar = onClassPath.getPath().substring(0, onClassPath.getPath().indexOf("!/"));
                return new File(new URI(jar)).toURI().toURL();
            }
        } catch (MalformedURLException | URISyntaxException e) {
            throw new IllegalStateException("The S3Proxy jar's location is not a file path", e);
        }
        throw new IllegalStateException("S3Proxy's jar was not found. Depend on org.gaul:s3proxy"
                + " (classifier jar-with-dependencies, test scope) and set the system property " + JAR_PROPERTY
                + " to its path, as engine/pom.xml does with dependency:properties and surefire.");
    }
}
