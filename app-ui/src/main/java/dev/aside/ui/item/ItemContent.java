package dev.aside.ui.item;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aside.engine.ItemInfo;
import dev.aside.ui.common.grid.TableGridModel;

/** What the Item view shows for the selected item, by kind. */
public sealed interface ItemContent {

    ItemInfo info();

    /** A table: its Stats and Preview tabs. */
    record TableContent(ItemInfo info, TableStatsModel stats, TableGridModel preview) implements ItemContent {}

    /**
     * A JSON document or collection: the tree and its raw text.
     *
     * @param raw pretty-printed JSON, cut at {@link dev.aside.ui.common.ValueText#JSON_LIMIT} characters
     */
    record JsonContent(ItemInfo info, JsonNode json, String raw) implements ItemContent {}

    /**
     * Bytes: a hex dump and a text rendering of the first {@link dev.aside.ui.common.ValueText#BYTES_SHOWN} bytes.
     */
    record BytesContent(ItemInfo info, String hex, String text) implements ItemContent {}
}
