package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.sor.s3.S3SystemOfRecord;
import dev.aside.engine.testing.CountingSystemOfRecord;
import dev.aside.engine.testing.LocalS3Server;
import dev.aside.engine.testing.LocalS3ServerExtension;
import dev.aside.engine.value.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The cache over a real S3-compatible server on loopback, through the real AWS SDK. */
class S3CacheTest {

    @RegisterExtension
    static final LocalS3ServerExtension S3 = new LocalS3ServerExtension();

    @TempDir
    Path temp;

    @Test
    void read_32ThreadsOneMissingS3Key_exactlyOneGet() throws Exception {
        LocalS3Server server = S3.server();
        server.putObject("data/one-get.json", "{\"desk\": \"rates\"}".getBytes(StandardCharsets.UTF_8));
        CountingSystemOfRecord sor = new CountingSystemOfRecord(new S3SystemOfRecord(server.settings("data")));
        try (Cache cache = Cache.builder().cacheRoot(temp).systemOfRecord(sor).build()) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<CachedItem>> reads = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return cache.read(ItemKey.of("s3", "one-get.json"));
                }));
            }
            start.countDown();
            for (Future<CachedItem> read : reads) {
                assertEquals("rates", ((JsonValue) read.get().value()).json().get("desk").asText());
            }
            pool.shutdown();
            assertEquals(1, sor.opens());
        }
    }

    @Test
    void engine_fromSeedEnvironment_readsS3AndDriveAndServesS3ItemsAfterRestartWithS3Down() {
        // Its own server, since this test stops it.
        try (LocalS3Server server = LocalS3Server.start()) {
            readThroughBothStoragesThenRestartWithS3Down(server);
        }
    }

    private void readThroughBothStoragesThenRestartWithS3Down(LocalS3Server server) {
        server.putObject("env/file2.json", "{\"id\": \"0001\"}".getBytes(StandardCharsets.UTF_8));
        Path drive = temp.resolve("drive");
        dev.aside.engine.testing.TestFiles.write(drive, "local.json", "{\"id\": \"local\"}");
        Map<String, String> env = Map.of(
                "AWS_BUCKET_NAME", server.bucket(),
                "AWS_DATA_DIR", "env",
                "AWS_REGION", LocalS3Server.REGION,
                "AWS_ENDPOINT_URL", server.endpoint().toString(),
                "AWS_ACCESS_KEY_ID", server.accessKey(),
                "AWS_SECRET_ACCESS_KEY", server.secretKey(),
                "REMOTE_STORAGE", drive.toString(),
                "LOCAL_DATA_DIR", temp.resolve("cache").toString());
        EngineSettings settings = EngineSettings.fromEnvironment(env);

        try (AsideEngine engine = AsideEngine.open(settings)) {
            assertEquals(List.of("s3", "sd"), engine.cache().storages());
            assertEquals("0001", ((JsonValue) engine.cache().read(ItemKey.of("s3", "file2.json")).value()).json().get("id").asText());
            CachedItem local = engine.cache().read(engine.cache().resolve("sd", "local.json"));
            assertEquals("sd", local.info().storage());
        }
        server.stop();
        try (AsideEngine engine = AsideEngine.open(settings)) {
            CachedItem item = engine.cache().read(ItemKey.of("s3", "file2.json"));
            assertEquals(Tier.DISK, item.servedFrom());
            assertTrue(engine.cache().head(ItemKey.of("sd", "local.json")).isPresent());
        }
    }
}
