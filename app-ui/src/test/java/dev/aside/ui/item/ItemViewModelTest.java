package dev.aside.ui.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.value.BytesValue;
import dev.aside.ui.testing.SyncConsole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Item view's model, its tasks run synchronously: what each kind of item is prepared as. */
class ItemViewModelTest {

    @TempDir
    Path temp;
    private SyncConsole console;
    private ItemViewModel model;

    @BeforeEach
    void open() {
        console = new SyncConsole(temp);
        model = new ItemViewModel(console.context());
    }

    @AfterEach
    void close() {
        model.close();
        console.close();
    }

    @Test
    void bytes_shownAsHexAndText() {
        console.context().cache().put(ItemKey.written("blob"), new BytesValue("Hello\u0001Aside".getBytes(StandardCharsets.UTF_8)));
        console.context().selection().open(ItemKey.written("blob"));
        ItemContent.BytesContent bytes = assertInstanceOf(ItemContent.BytesContent.class, model.contentProperty().get());
        assertEquals("00000000  48 65 6c 6c 6f 01 41 73 69 64 65                 Hello.Aside\n", bytes.hex());
        assertTrue(bytes.text().startsWith("Hello"));
    }

    @Test
    void json_treeAndPrettyRawText() {
        console.write("desk.json", "{\"book\":\"rates\",\"limits\":[1,2]}");
        console.context().cache().read(ItemKey.of("sd", "desk.json"));
        console.context().selection().open(ItemKey.of("sd", "desk.json"));
        ItemContent.JsonContent json = assertInstanceOf(ItemContent.JsonContent.class, model.contentProperty().get());
        assertEquals("rates", json.json().get("book").asText());
        assertTrue(json.raw().contains("\"limits\" : [ 1, 2 ]"), json.raw());
        assertTrue(model.keys().contains(ItemKey.of("sd", "desk.json")));
    }

    @Test
    void missingItem_reportedNotThrown() {
        console.context().selection().open(ItemKey.of("sd", "not/cached.json"));
        assertNull(model.contentProperty().get());
        assertTrue(console.dialogs().notifications.get(0).summary().contains("not/cached.json"));
    }
}
