package dev.aside.engine.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.io.api.Binary;

/**
 * Reads a PLAIN-encoded page of numbers or byte strings straight from its bytes. parquet-java's plain
 * readers go through a little-endian data stream a byte at a time for numbers, and make a
 * {@link Binary} and a buffer per byte string; DuckDB (and pyarrow, past its dictionary limit) write
 * high-cardinality columns as plain pages, so on such files those readers were most of the decode.
 * Here a number is one absolute read of the page buffer, and a string is handed to the column's id
 * table as a range of the page ({@link #readBytesId}) without an object per value.
 *
 * <p>For INT32, INT64, FLOAT, DOUBLE and BYTE_ARRAY columns; one instance per page, one thread.
 */
final class PlainPageValues extends ValuesReader {

    private ByteBuffer page;

    @Override
    public void initFromPage(int valueCount, ByteBufferInputStream in) throws IOException {
        page = in.slice(in.available()).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public int readInteger() {
        return page.getInt();
    }

    @Override
    public long readLong() {
        return page.getLong();
    }

    @Override
    public float readFloat() {
        return page.getFloat();
    }

    @Override
    public double readDouble() {
        return page.getDouble();
    }

    @Override
    public Binary readBytes() {
        int length = page.getInt();
        ByteBuffer value = page.slice().limit(length);
        page.position(page.position() + length);
        return Binary.fromConstantByteBuffer(value);
    }

    /** The next byte string's id in {@code ids}, read in place. */
    int readBytesId(ByteStringIds ids) {
        int length = page.getInt();
        int at = page.position();
        page.position(at + length);
        return page.hasArray() ? ids.idOf(page.array(), page.arrayOffset() + at, length)
                : ids.idOf(page.slice(at, length));
    }

    @Override
    public void skip() {
        throw new UnsupportedOperationException("every value of a page is read");
    }
}
