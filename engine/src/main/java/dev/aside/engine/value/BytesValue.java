package dev.aside.engine.value;

import dev.aside.engine.ItemKind;
import java.util.Objects;

/** Raw bytes. The array is owned by the value: do not change it after caching. */
public record BytesValue(byte[] bytes) implements Value {

    public BytesValue {
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public ItemKind kind() {
        return ItemKind.BYTES;
    }

    @Override
    public long rows() {
        return bytes.length;
    }

    @Override
    public int columns() {
        return 0;
    }
}
